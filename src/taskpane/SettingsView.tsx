import { useState } from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MOF_2020 } from "../core/profile";
import { LANGS, type Lang, type PaneSettings } from "./pane-actions";
import {
  readDraft,
  toDraft,
  type DraftProblems,
  type NumberField,
  type SettingsDraft,
} from "./settings-form";
import { useStrings } from "./use-strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bands: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  problem: {
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const LANGUAGE_NAMES: Record<Lang, string> = { "zh-CN": "中文（简体）", "en-US": "English" };

export interface SettingsViewProps {
  settings: PaneSettings;
  busy: boolean;
  onSave: (settings: PaneSettings) => void;
}

/** The rule profile's user-facing options and the language, saved with the workbook. */
export function SettingsView({ settings, busy, onSave }: SettingsViewProps) {
  const s = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [problems, setProblems] = useState<DraftProblems>({});
  const update = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const numberField = (field: NumberField, label: string) => {
    const problem = problems[field];
    return (
      <Field label={label} validationMessage={problem ? s[problem] : null}>
        <Input
          inputMode="decimal"
          value={draft[field]}
          onChange={(_, data) => update({ [field]: data.value })}
        />
      </Field>
    );
  };
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        const result = readDraft(draft, settings.profile);
        if (result.ok) {
          setProblems({});
          onSave(result.settings);
        } else setProblems(result.problems);
      }}
    >
      <h2 className={styles.title}>{s.settingsTitle}</h2>
      <Field label={s.language}>
        <Select
          value={draft.language}
          onChange={(_, data) => update({ language: data.value as Lang })}
        >
          {LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {LANGUAGE_NAMES[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.reverseMode}>
        <RadioGroup
          value={draft.reverseMode}
          onChange={(_, data) =>
            update({ reverseMode: data.value === "linear" ? "linear" : "ratio" })
          }
        >
          <Radio value="ratio" label={s.reverseRatio} />
          <Radio value="linear" label={s.reverseLinear} />
        </RadioGroup>
      </Field>
      <Switch
        checked={draft.equalStrict}
        label={s.equalStrict}
        onChange={(_, data) => update({ equalStrict: data.checked })}
      />
      {numberField("overAchievedWarn", s.overAchievedWarn)}
      {numberField("overAchievedReason", s.overAchievedReason)}
      {numberField("executionLow", s.executionLow)}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.gradeBands}</legend>
        <div className={styles.bands}>
          {numberField("excellent", s.gradeExcellent)}
          {numberField("good", s.gradeGood)}
          {numberField("fair", s.gradeFair)}
        </div>
        {problems.bands && (
          <div role="alert" className={styles.problem}>
            {s[problems.bands]}
          </div>
        )}
      </fieldset>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {s.saveSettings}
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            setProblems({});
            setDraft(toDraft({ language: draft.language, profile: MOF_2020 }));
          }}
        >
          {s.resetSettings}
        </Button>
      </div>
    </form>
  );
}
