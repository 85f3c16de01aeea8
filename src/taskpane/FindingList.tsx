import type { KeyboardEvent } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { toA1 } from "../core/address";
import type { Finding, Severity } from "../core/findings";
import { fieldName } from "../core/label-dictionary";
import { formatFinding, partName, severityName } from "../core/messages";
import { Pill, type PillColor } from "./controls";
import { groupFindings, mappingOf } from "./pane-model";
import { useLang, useStrings } from "./use-strings";

const useStyles = makeStyles({
  severity: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  part: {
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: {
    flexShrink: 0,
    minWidth: "3.2em",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    paddingTop: "1px",
  },
  message: { flexGrow: 1 },
  fixed: { marginLeft: tokens.spacingHorizontalXS, display: "inline-block" },
  // Under the message, lined up with its text (past the cell column).
  map: { margin: `0 0 ${tokens.spacingVerticalXS} calc(3.2em + ${tokens.spacingHorizontalS} * 2)` },
});

/** Badge colour of each severity, shared by the counts and the group headings. */
export const SEVERITY_COLOR: Record<Severity, PillColor> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface FindingListProps {
  /** The form the findings belong to (formKey), so keys stay unique across forms. */
  form: string;
  findings: readonly Finding[];
  selectedKey: string | null;
  onSelect: (finding: Finding, key: string) => void;
  /** 指定列/指定区域 for a part or column the reader did not find; no button without it. */
  onMap?: ((finding: Finding, key: string, name: string) => void) | undefined;
  busy?: boolean;
}

/** Key of a finding in the pane: its form and its id, which is unique within the form. */
export function keyOfFinding(form: string, finding: Finding): string {
  return `${form}/${finding.id}`;
}

/** Up and down arrows move between the findings of a list, as in a menu; Tab leaves it. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const buttons = Array.from(
    event.currentTarget.querySelectorAll<HTMLElement>("button[data-finding]")
  );
  const index = buttons.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  const next =
    event.key === "ArrowDown" ? Math.min(index + 1, buttons.length - 1) : Math.max(index - 1, 0);
  buttons[next]?.focus();
}

/** Findings grouped by severity and part; each one is a button that selects its cell. */
export function FindingList(props: FindingListProps) {
  const { form, findings, selectedKey, onSelect, onMap, busy = false } = props;
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  if (findings.length === 0) return <p>{s.noFindings}</p>;
  return (
    <div onKeyDown={moveFocus}>
      {groupFindings(findings).map((group) => (
        <section key={group.severity} aria-label={severityName(group.severity, lang)}>
          <div className={styles.severity}>
            <Pill color={SEVERITY_COLOR[group.severity]}>{severityName(group.severity, lang)}</Pill>
          </div>
          {group.parts.map((part) => (
            <div key={part.part}>
              <h4 className={styles.part}>{partName(part.part, lang)}</h4>
              <ul className={styles.list}>
                {part.findings.map((finding) => {
                  const key = keyOfFinding(form, finding);
                  const cell = toA1(finding.address);
                  const selected = key === selectedKey;
                  const mapping = onMap ? mappingOf(finding) : null;
                  return (
                    <li key={key}>
                      <button
                        type="button"
                        className={mergeClasses(styles.item, selected && styles.selected)}
                        aria-current={selected ? "true" : undefined}
                        title={s.selectCellHint({ cell })}
                        data-finding={finding.code}
                        onClick={() => onSelect(finding, key)}
                      >
                        <span className={styles.cell}>{cell}</span>
                        <span className={styles.message}>
                          {formatFinding(finding, lang)}
                          {finding.fixed && (
                            <span className={styles.fixed}>
                              <Pill color="success">{s.fixedTag}</Pill>
                            </span>
                          )}
                        </span>
                      </button>
                      {mapping && onMap && (
                        <Button
                          className={styles.map}
                          size="small"
                          appearance="secondary"
                          disabled={busy}
                          title={s.mapFor({ name: fieldName(mapping.field) })}
                          data-map={mapping.field}
                          onClick={() => onMap(finding, key, fieldName(mapping.field))}
                        >
                          {mapping.kind === "column" ? s.mapColumn : s.mapPart}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
