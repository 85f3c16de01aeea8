import { useEffect, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { BUILTIN_PROFILE_NAMES } from "../core/builtin-profiles";
import { profileSummary } from "../core/profile-words";
import { CheckField, ChoiceGroup, SelectField, TextField } from "./controls";
import { LANGS, type Lang, type LoadedSettings, type PaneSettings } from "./pane-actions";
import {
  draftOfBuiltin,
  readDraft,
  toDraft,
  type DraftProblems,
  type NumberField,
  type SettingsDraft,
} from "./settings-form";
import { useLang, useStrings } from "./use-strings";

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
  hint: {
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

const LANGUAGE_NAMES: Record<Lang, string> = { "zh-CN": "中文（简体）", "en-US": "English" };

export interface SettingsViewProps {
  busy: boolean;
  /** Reads the settings saved with the document; undefined when that failed (the pane says why). */
  onLoad: () => Promise<LoadedSettings | undefined>;
  onSave: (settings: PaneSettings) => void;
}

/** The rule profile, its user-facing options and the language, saved with the workbook. */
export function SettingsView({ busy, onLoad, onSave }: SettingsViewProps) {
  const [settings, setSettings] = useState<LoadedSettings | null>(null);
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
  settings: LoadedSettings;
  busy: boolean;
  onSave: (settings: PaneSettings) => void;
}

function SettingsForm({ settings, busy, onSave }: SettingsFormProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  // Shown until the user saves a profile in its place.
  const [refused, setRefused] = useState(settings.refused[0]);
  const { id, base } = settings.profile;
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
          setRefused(undefined);
          onSave(result.settings);
        } else setProblems(result.problems);
      }}
    >
      <h2 className={styles.title}>{s.settingsTitle}</h2>
      {refused && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{s.profileRefused({ issue: refused })}</MessageBarBody>
        </MessageBar>
      )}
      <SelectField
        label={s.language}
        value={draft.language}
        options={LANGS.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        onChange={(language) => update({ language })}
      />
      <SelectField
        label={s.profile}
        value={draft.base}
        options={BUILTIN_PROFILE_NAMES.map((name) => ({ value: name, label: name }))}
        // Another built-in shows its own values; the language typed so far stays.
        onChange={(name) => {
          setProblems({});
          setDraft((d) => draftOfBuiltin(d.language, name));
        }}
      />
      <div className={styles.hint}>
        {profileSummary(draft.base, lang)}
        {draft.base === base && id !== base && <> {s.profileNamed({ name: id, base })}</>}
      </div>
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
            setDraft(draftOfBuiltin(draft.language, "mof-2020"));
          }}
        >
          {s.resetSettings}
        </Button>
      </div>
    </form>
  );
}
