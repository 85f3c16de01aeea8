import { lazy, Suspense } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { stringsFor } from "./i18n";
import type { Lang, PaneActions } from "./pane-actions";
import { formKey } from "./pane-model";
import type { View } from "./pane-state";
import { ProgressLine, Tabs } from "./controls";
import { StatusBar } from "./StatusBar";
import { usePane } from "./use-pane";
import { WritePanel } from "./WritePanel";
import { LangContext } from "./use-strings";

export type { View };

// Views opened now and then load on demand, keeping the pane's first download small.
// The results (with every finding's wording) show only after a validation: their chunk is
// fetched once the pane is on screen (`preloadResults`), while the user reads it.
const loadFormResult = () => import("./FormResult");
const FormResult = lazy(() => loadFormResult().then((m) => ({ default: m.FormResult })));
const SettingsView = lazy(() =>
  import("./SettingsView").then((m) => ({ default: m.SettingsView }))
);
// 指定列/指定区域 shows only after a validation found something to map, like the results.
const loadMapping = () => import("./LayoutMapping");
const MappingBar = lazy(() => loadMapping().then((m) => ({ default: m.MappingBar })));
const HintList = lazy(() => loadMapping().then((m) => ({ default: m.HintList })));
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
  const { state, store, pane } = usePane(actions, initialLanguage, initialView);
  const { language, view, results, busy, progress, status, preview, selectedKey } = state;
  const { mapping, hints } = state;
  const s = stringsFor(language);
  const setView = (next: View) => store.dispatch({ type: "view-changed", view: next });

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
              <StatusBar
                status={status}
                onDismiss={() => store.dispatch({ type: "status-dismissed" })}
              />
            </div>
          )}
          {view === "validate" && (
            <>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => void pane.validate("active")}
                >
                  {s.validateActive}
                </Button>
                <Button disabled={busy} onClick={() => void pane.validate("all")}>
                  {s.validateAll}
                </Button>
                <Button disabled={busy} onClick={() => void pane.writeSummary()}>
                  {s.generateSummary}
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
              {mapping && (
                <Suspense fallback={null}>
                  <MappingBar
                    mapping={mapping}
                    busy={busy}
                    onConfirm={() => void pane.confirmMapping()}
                    onCancel={() => pane.cancelMapping()}
                  />
                </Suspense>
              )}
              <WritePanel
                preview={preview}
                canPreview={forms.length > 0}
                busy={busy}
                onPreview={() => pane.showPreview()}
                onWrite={() => void pane.write()}
                onCancel={() => store.dispatch({ type: "preview-closed" })}
                onRestore={() => void pane.restore()}
                onClearMarks={() => void pane.clearMarks()}
              />
              {results === null ? (
                <p className={styles.hint}>{s.noResults}</p>
              ) : results.length > 0 && results.every((r) => r.evaluations.length === 0) ? (
                // Only the add-in's own 汇总表 gives a sheet no evaluation at all.
                <p className={styles.hint}>{s.summarySheet}</p>
              ) : (
                <Suspense fallback={<p className={styles.hint}>{s.loading}</p>}>
                  {forms.map((evaluation) => (
                    <FormResult
                      key={formKey(evaluation)}
                      evaluation={evaluation}
                      busy={busy}
                      selectedKey={selectedKey}
                      onSelect={(finding, key) => pane.select(evaluation.sheet, finding, key)}
                      onMap={(finding, key, name) =>
                        pane.startMapping(evaluation.sheet, finding, key, name)
                      }
                      onSaveReason={(cell, text) =>
                        void pane.saveReason(evaluation.sheet, cell, text)
                      }
                    />
                  ))}
                  <HintList
                    hints={hints}
                    busy={busy}
                    onClear={(hint, name) => void pane.removeHint(hint, name)}
                  />
                </Suspense>
              )}
            </>
          )}
          <Suspense fallback={<p className={styles.hint}>{s.loading}</p>}>
            {view === "template" && (
              <TemplateView
                busy={busy}
                year={year}
                onPlan={(inputs) => pane.planTemplates(inputs)}
                onCreate={(inputs) => pane.createTemplates(inputs)}
              />
            )}
            {view === "settings" && (
              <SettingsView
                busy={busy}
                onLoad={() => pane.loadSettings()}
                onSave={(next) => void pane.saveSettings(next)}
              />
            )}
          </Suspense>
        </main>
      </div>
    </LangContext.Provider>
  );
}
