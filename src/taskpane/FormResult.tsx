import { makeStyles, tokens } from "@fluentui/react-components";
import { areaToA1 } from "../core/address";
import { severityName } from "../core/messages";
import type { Evaluation } from "../core/evaluation";
import type { Address } from "../core/grid";
import type { Finding } from "../core/findings";
import { Pill } from "./controls";
import { FindingList, SEVERITY_COLOR } from "./FindingList";
import { ReasonEditor } from "./ReasonEditor";
import { formatRate, formKey, listReasonRows, SEVERITIES, summarizeForm } from "./pane-model";
import { useLang, useStrings } from "./use-strings";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(3, 1fr)",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: { display: "flex", flexDirection: "column" },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  statValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  reasons: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  reasonsTitle: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface FormResultProps {
  evaluation: Evaluation;
  busy: boolean;
  selectedKey: string | null;
  onSelect: (finding: Finding, key: string) => void;
  /** 指定列/指定区域 on a part or column the reader did not find. */
  onMap?: (finding: Finding, key: string, name: string) => void;
  onSaveReason: (cell: Address, text: string) => void;
}

/** One form: its headline figures, its findings and the reasons it still needs. */
export function FormResult({
  evaluation,
  busy,
  selectedKey,
  onSelect,
  onMap,
  onSaveReason,
}: FormResultProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const summary = summarizeForm(evaluation);
  const reasons = listReasonRows(evaluation);
  const isForm = evaluation.kind === "form";
  const title = isForm ? (summary.name ?? s.unnamedProject) : s.noForm;
  const stats: [string, string][] = [
    [s.total, summary.total === null ? s.notAvailable : summary.total.toFixed(2)],
    [s.grade, summary.grade ?? s.notAvailable],
    [s.executionRate, formatRate(summary.executionRate) ?? s.notAvailable],
  ];
  return (
    <article className={styles.card} aria-label={title}>
      <div>
        <h3 className={styles.name}>{title}</h3>
        <span className={styles.where}>
          {s.sheetLabel({ sheet: evaluation.sheet })}
          {isForm ? ` · ${areaToA1(evaluation.range)}` : ""}
        </span>
      </div>
      {isForm && (
        <dl className={styles.stats}>
          {stats.map(([label, value]) => (
            <div key={label} className={styles.stat}>
              <dt className={styles.statLabel}>{label}</dt>
              <dd className={styles.statValue}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className={styles.counts}>
        {SEVERITIES.map((severity) => (
          <Pill
            key={severity}
            color={SEVERITY_COLOR[severity]}
            muted={summary.counts[severity] === 0}
          >
            {`${severityName(severity, lang)} ${summary.counts[severity]}`}
          </Pill>
        ))}
      </div>
      <FindingList
        form={formKey(evaluation)}
        findings={evaluation.findings}
        selectedKey={selectedKey}
        onSelect={onSelect}
        onMap={onMap}
        busy={busy}
      />
      {reasons.length > 0 && (
        <section className={styles.reasons} aria-label={s.reasonsTitle}>
          <h4 className={styles.reasonsTitle}>{s.reasonsTitle}</h4>
          {reasons.map((row) => (
            <ReasonEditor
              key={row.key}
              row={row}
              disabled={busy}
              onSave={(text) => onSaveReason(row.cell, text)}
            />
          ))}
        </section>
      )}
    </article>
  );
}
