import { lazy, Suspense, useRef, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { toA1 } from "../core/address";
import type { Address } from "../core/grid";
import type { Finding } from "../core/findings";
import { stringsFor } from "./i18n";
import {
  toPaneFault,
  type Lang,
  type PaneActions,
  type PaneSettings,
  type Progress,
  type Scope,
  type SheetResult,
  type TemplateInput,
  type WritePreview,
} from "./pane-actions";
import { formKey, isSamePreview, previewWrites } from "./pane-model";
import { ProgressLine, Tabs } from "./controls";
import { StatusBar, type Status } from "./StatusBar";
import { WritePanel } from "./WritePanel";
import { LangContext } from "./use-strings";

export type View = "validate" | "template" | "settings";

// Views opened now and then load on demand, keeping the pane's first download small.
// The results (with every finding's wording) show only after a validation: their chunk is
// fetched once the pane is on screen (`preloadResults`), while the user reads it.
const loadFormResult = () => import("./FormResult");
const FormResult = lazy(() => loadFormResult().then((m) => ({ default: m.FormResult })));
const SettingsView = lazy(() =>
  import("./SettingsView").then((m) => ({ default: m.SettingsView }))
);
const TemplateView = lazy(() =>
  import("./TemplateView").then((m) => ({ default: m.TemplateView }))
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  appTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The outcome of the last action stays in sight while the user scrolls the findings.
  status: {
    position: "sticky",
    top: tokens.spacingVerticalS,
    zIndex: 1,
    boxShadow: tokens.shadow8,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  progressText: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Fetches the results' chunk ahead of the first validation. */
export function preloadResults(): void {
  // A failed fetch is retried by React.lazy when the results first render.
  loadFormResult().catch(() => undefined);
}

export interface AppProps {
  actions: PaneActions;
  /** The language saved with the document, else Office's. */
  initialLanguage: Lang;
  initialView?: View;
  /** The year a new form starts with. */
  year: number;
}

/** The task pane: validation, write-back and restore, 新建项目表 and settings. */
export function App(props: AppProps) {
  const { actions, initialLanguage, initialView = "validate", year } = props;
  const styles = useStyles();
  const [language, setLanguage] = useState(initialLanguage);
  const [view, setView] = useState<View>(initialView);
  const [results, setResults] = useState<SheetResult[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [preview, setPreview] = useState<WritePreview | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const scope = useRef<Scope>("active");
  const s = stringsFor(language);

  /** Runs one action with the pane busy; a failure becomes a MessageBar, never an exception. */
  async function run<T>(task: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setStatus(null);
    try {
      return await task();
    } catch (error) {
      setStatus({ kind: "fault", fault: toPaneFault(error) });
      return undefined;
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const validate = async (next: Scope) => {
    scope.current = next;
    const found = await run(() => actions.validate(next, setProgress));
    if (found) {
      setResults(found);
      setPreview(null);
      setSelectedKey(null);
    }
  };

  /** Validates the last scope again after a change, inside an action already running. */
  const refresh = async () => {
    if (results) setResults(await actions.validate(scope.current));
  };

  const select = (sheet: string, finding: Finding, key: string) => {
    setSelectedKey(key);
    actions.selectCell(sheet, finding.address).catch((error: unknown) => {
      setStatus({ kind: "fault", fault: toPaneFault(error) });
    });
  };

  const saveReason = async (sheet: string, cell: Address, text: string) => {
    const updated = await run(() => actions.writeReason(sheet, cell, text));
    if (!updated) return;
    setResults((old) => old?.map((r) => (r.sheet === sheet ? updated : r)) ?? [updated]);
    setPreview(null);
    setStatus({ kind: "notice", intent: "success", text: s.reasonSaved({ cell: toA1(cell) }) });
  };

  const showPreview = () => {
    if (!results) return;
    try {
      setPreview(previewWrites(results));
    } catch (error) {
      setStatus({ kind: "fault", fault: toPaneFault(error) });
    }
  };

  const write = async () => {
    if (!preview) return;
    const outcome = await run(async () => {
      // The pane does not lock the workbook: read it again so what is written is what was shown.
      const fresh = await actions.validate(scope.current);
      const now = previewWrites(fresh);
      if (!isSamePreview(now, preview)) {
        setResults(fresh);
        setPreview(now);
        return "changed" as const;
      }
      await actions.write(now.plans);
      await refresh();
      return "written" as const;
    });
    if (outcome === "changed") {
      setStatus({ kind: "notice", intent: "warning", text: s.previewChanged });
      return;
    }
    if (!outcome) return;
    setPreview(null);
    setStatus({
      kind: "notice",
      intent: "success",
      text: s.written({ cells: preview.rows.length, marks: preview.marks }),
    });
  };

  const restore = async () => {
    const count = await run(async () => {
      const n = await actions.restore();
      if (n > 0) await refresh();
      return n;
    });
    if (count === undefined) return;
    setPreview(null);
    setStatus(
      count > 0
        ? { kind: "notice", intent: "success", text: s.restored({ cells: count }) }
        : { kind: "notice", intent: "info", text: s.nothingToRestore }
    );
  };

  const clearMarks = async () => {
    const count = await run(() => actions.clearMarks());
    if (count === undefined) return;
    setStatus(
      count > 0
        ? { kind: "notice", intent: "success", text: s.marksCleared({ cells: count }) }
        : { kind: "notice", intent: "info", text: s.nothingToClear }
    );
  };

  const saveSettings = async (next: PaneSettings) => {
    const saved = await run(async () => {
      await actions.saveSettings(next);
      if (results) setResults(await actions.validate(scope.current));
      return true;
    });
    if (!saved) return;
    setLanguage(next.language);
    setStatus({ kind: "notice", intent: "success", text: stringsFor(next.language).settingsSaved });
  };

  const planTemplates = (inputs: TemplateInput[]) => run(() => actions.planTemplateSheets(inputs));

  const createTemplates = async (inputs: TemplateInput[]) => {
    const names = await run(() => actions.insertTemplates(inputs));
    if (names)
      setStatus({
        kind: "notice",
        intent: "success",
        text: s.created({ names: names.join("、") }),
      });
    return names;
  };

  const forms = results?.flatMap((r) => r.evaluations) ?? [];
  return (
    <LangContext.Provider value={language}>
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.appTitle}>{s.appTitle}</h1>
          <Tabs
            label={s.appTitle}
            value={view}
            onChange={setView}
            items={[
              { value: "validate", label: s.tabValidate },
              { value: "template", label: s.tabTemplate },
              { value: "settings", label: s.tabSettings },
            ]}
          />
        </header>
        <main className={styles.body}>
          {status && (
            <div className={styles.status}>
              <StatusBar status={status} onDismiss={() => setStatus(null)} />
            </div>
          )}
          {view === "validate" && (
            <>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => void validate("active")}
                >
                  {s.validateActive}
                </Button>
                <Button disabled={busy} onClick={() => void validate("all")}>
                  {s.validateAll}
                </Button>
              </div>
              {busy && (
                <div className={styles.progress}>
                  <ProgressLine
                    label={s.validating}
                    value={
                      progress && progress.total > 0 ? progress.done / progress.total : undefined
                    }
                  />
                  {progress && (
                    <span className={styles.progressText} role="status">
                      {s.progress({ done: progress.done, total: progress.total })}
                    </span>
                  )}
                </div>
              )}
              <WritePanel
                preview={preview}
                canPreview={forms.length > 0}
                busy={busy}
                onPreview={showPreview}
                onWrite={() => void write()}
                onCancel={() => setPreview(null)}
                onRestore={() => void restore()}
                onClearMarks={() => void clearMarks()}
              />
              {results === null ? (
                <p className={styles.hint}>{s.noResults}</p>
              ) : (
                <Suspense fallback={<p className={styles.hint}>{s.loading}</p>}>
                  {forms.map((evaluation) => (
                    <FormResult
                      key={formKey(evaluation)}
                      evaluation={evaluation}
                      busy={busy}
                      selectedKey={selectedKey}
                      onSelect={(finding, key) => select(evaluation.sheet, finding, key)}
                      onSaveReason={(cell, text) => void saveReason(evaluation.sheet, cell, text)}
                    />
                  ))}
                </Suspense>
              )}
            </>
          )}
          <Suspense fallback={<p className={styles.hint}>{s.loading}</p>}>
            {view === "template" && (
              <TemplateView
                busy={busy}
                year={year}
                onPlan={planTemplates}
                onCreate={createTemplates}
              />
            )}
            {view === "settings" && (
              <SettingsView
                busy={busy}
                onLoad={() => run(() => actions.loadSettings())}
                onSave={(next) => void saveSettings(next)}
              />
            )}
          </Suspense>
        </main>
      </div>
    </LangContext.Provider>
  );
}
