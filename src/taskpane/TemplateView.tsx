import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetNamePlan } from "../core/sheet-names";
import { sheetNameReason } from "../core/template-words";
import { ChoiceGroup, TextField } from "./controls";
import type { TemplateInput } from "./pane-actions";
import {
  emptyTemplateDraft,
  readTemplateDraft,
  type TemplateDraft,
  type TemplateField,
  type TemplateProblems,
} from "./template-form";
import { useLang, useStrings } from "./use-strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  funds: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  names: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
    "& li": { padding: `${tokens.spacingVerticalXXS} 0` },
  },
  sheetName: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface TemplateViewProps {
  busy: boolean;
  year: number;
  /** Resolves to the planned sheet names, or undefined when the action failed (the pane shows why). */
  onPlan: (inputs: TemplateInput[]) => Promise<SheetNamePlan[] | undefined>;
  onCreate: (inputs: TemplateInput[]) => Promise<string[] | undefined>;
}

type DraftText = Exclude<keyof TemplateDraft, "mode">;

/** 新建项目表: one project with its details, or a list of names; sheet names shown before creating. */
export function TemplateView({ busy, year, onPlan, onCreate }: TemplateViewProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [draft, setDraft] = useState<TemplateDraft>(() => emptyTemplateDraft(year));
  const [problems, setProblems] = useState<TemplateProblems>({});
  const [planned, setPlanned] = useState<{
    inputs: TemplateInput[];
    names: SheetNamePlan[];
  } | null>(null);
  const update = (patch: Partial<TemplateDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setPlanned(null);
  };
  const text = (field: DraftText, label: string, multiline = false) => (
    <TextField
      label={label}
      value={draft[field]}
      multiline={multiline}
      rows={6}
      error={problems[field as TemplateField] ?? null}
      onChange={(value) => update({ [field]: value })}
    />
  );
  const plan = async () => {
    const result = readTemplateDraft(draft, s, lang);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    const names = await onPlan(result.inputs);
    if (names) setPlanned({ inputs: result.inputs, names });
  };
  const create = async () => {
    if (!planned) return;
    const names = await onCreate(planned.inputs);
    if (names) setPlanned(null);
  };
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void plan();
      }}
    >
      <h2 className={styles.title}>{s.templateTitle}</h2>
      <ChoiceGroup
        horizontal
        value={draft.mode}
        options={[
          { value: "one", label: s.templateModeOne },
          { value: "list", label: s.templateModeList },
        ]}
        onChange={(mode) => update({ mode })}
      />
      {draft.mode === "one" ? text("name", s.projectName) : text("list", s.projectList, true)}
      {text("dept", s.dept)}
      {text("unit", s.unit)}
      {text("year", s.year)}
      {draft.mode === "one" && (
        <div className={styles.funds}>
          {text("initial", s.fundsInitial)}
          {text("budget", s.fundsBudget)}
          {text("executed", s.fundsExecuted)}
        </div>
      )}
      {planned && (
        <section aria-label={s.plannedNames({ count: planned.names.length })}>
          <p className={styles.note}>{s.plannedNames({ count: planned.names.length })}</p>
          <ol className={styles.names} data-testid="planned-names">
            {planned.names.map((plan) => (
              <li key={plan.name}>
                <span className={styles.sheetName}>{plan.name}</span>
                {plan.changed && <div className={styles.note}>{sheetNameReason(plan, lang)}</div>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {/*
        Distinct keys: React must not turn the clicked 新建 button into the submit button
        when creating finishes before the browser's click default action runs (it can,
        with a fast host), or the form would submit and plan the names again.
      */}
      {planned ? (
        <div key="create" className={styles.buttons}>
          <Button appearance="primary" disabled={busy} onClick={() => void create()}>
            {s.createSheets({ count: planned.names.length })}
          </Button>
          <Button disabled={busy} onClick={() => setPlanned(null)}>
            {s.cancel}
          </Button>
        </div>
      ) : (
        <div key="plan" className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {s.planNames}
          </Button>
        </div>
      )}
    </form>
  );
}
