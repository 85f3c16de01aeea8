import { useEffect, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { MOF_2020 } from "../core/profile";
import { CheckField, ChoiceGroup, SelectField, TextField } from "./controls";
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
  busy: boolean;
  /** Reads the settings saved with the document; undefined when that failed (the pane says why). */
  onLoad: () => Promise<PaneSettings | undefined>;
  onSave: (settings: PaneSettings) => void;
}

/** The rule profile's user-facing options and the language, saved with the workbook. */
export function SettingsView({ busy, onLoad, onSave }: SettingsViewProps) {
  const [settings, setSettings] = useState<PaneSettings | null>(null);
  useEffect(() => {
    let live = true;
    void onLoad().then((loaded) => {
      if (live && loaded) setSettings(loaded);
    });
    return () => {
      live = false;
    };
    // Load once when the view opens; onLoad is a new function on every render of the pane.
  }, []);
  if (!settings) return null;
  return <SettingsForm settings={settings} busy={busy} onSave={onSave} />;
}

interface SettingsFormProps {
  settings: PaneSettings;
  busy: boolean;
  onSave: (settings: PaneSettings) => void;
}

function SettingsForm({ settings, busy, onSave }: SettingsFormProps) {
  const s = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [problems, setProblems] = useState<DraftProblems>({});
  const update = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const numberField = (field: NumberField, label: string) => {
    const problem = problems[field];
    return (
      <TextField
        label={label}
        inputMode="decimal"
        value={draft[field]}
        error={problem ? s[problem] : null}
        onChange={(value) => update({ [field]: value })}
      />
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
      <SelectField
        label={s.language}
        value={draft.language}
        options={LANGS.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        onChange={(language) => update({ language })}
      />
      <ChoiceGroup
        legend={s.reverseMode}
        value={draft.reverseMode}
        options={[
          { value: "ratio", label: s.reverseRatio },
          { value: "linear", label: s.reverseLinear },
        ]}
        onChange={(reverseMode) => update({ reverseMode })}
      />
      <CheckField
        label={s.equalStrict}
        checked={draft.equalStrict}
        onChange={(equalStrict) => update({ equalStrict })}
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
