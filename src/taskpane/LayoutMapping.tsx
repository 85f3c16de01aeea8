import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { fieldName } from "../core/label-dictionary";
import type { LayoutHint } from "../core/layout-hints";
import type { Mapping } from "./pane-state";
import { useStrings } from "./use-strings";

/**
 * 指定列/指定区域: the bar that waits while the user selects a header in Excel, and the list of
 * the headers pointed out so far (kept with the document), each with 清除. Loaded with the
 * results: neither shows before a validation.
 */

// The same card as 写入与恢复 (WritePanel). Griffel's build step evaluates what makeStyles is
// given, and cannot evaluate a style shared from a TypeScript module, so the card is repeated.
const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The bar asks for an action in Excel: it stands out and stays in sight while the user scrolls.
  waiting: {
    position: "sticky",
    top: tokens.spacingVerticalS,
    zIndex: 1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow8,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  what: { flexGrow: 1, display: "flex", flexDirection: "column" },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface MappingBarProps {
  mapping: Mapping;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks the user to select the header in Excel, then to confirm. */
export function MappingBar({ mapping, busy, onConfirm, onCancel }: MappingBarProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section className={`${styles.panel} ${styles.waiting}`} aria-label={s.mappingTitle}>
      <h3 className={styles.title}>{s.mappingTitle}</h3>
      <p className={styles.text} role="status">
        {s.mappingPrompt({ sheet: mapping.sheet, name: mapping.name, kind: mapping.kind })}
      </p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onConfirm}>
          {s.mappingConfirm}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {s.cancel}
        </Button>
      </div>
    </section>
  );
}

export interface HintListProps {
  hints: readonly LayoutHint[];
  busy: boolean;
  onClear: (hint: LayoutHint, name: string) => void;
}

/** The headers pointed out with 指定列, each with 清除. Nothing when there are none. */
export function HintList({ hints, busy, onClear }: HintListProps) {
  const s = useStrings();
  const styles = useStyles();
  if (hints.length === 0) return null;
  return (
    <section className={styles.panel} aria-label={s.hintsTitle}>
      <h3 className={styles.title}>{s.hintsTitle}</h3>
      <ul className={styles.list}>
        {hints.map((hint) => {
          const name = fieldName(hint.field);
          const label = s.hintFor({ text: hint.text === "" ? s.hintBlank : hint.text, name });
          const key = `${hint.sheet ?? ""}|${hint.text === "" ? (hint.cell ?? "") : hint.text}`;
          return (
            <li key={key} className={styles.item}>
              <span className={styles.what}>
                <span>{label}</span>
                {hint.sheet !== undefined && hint.cell !== undefined && (
                  <span className={styles.where}>
                    {s.hintWhere({ sheet: hint.sheet, cell: hint.cell })}
                  </span>
                )}
              </span>
              <Button
                size="small"
                disabled={busy}
                aria-label={`${s.hintClear} ${label}`}
                onClick={() => onClear(hint, name)}
              >
                {s.hintClear}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
