import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { formatScalar } from "./pane-model";
import type { PreviewRow, WritePreview } from "./pane-actions";
import { useStrings } from "./use-strings";

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
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th": {
      textAlign: "start",
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground3,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    },
    "& td": {
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      verticalAlign: "top",
    },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  kind: { color: tokens.colorNeutralForeground3 },
  old: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  new: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface WritePanelProps {
  preview: WritePreview | null;
  canPreview: boolean;
  busy: boolean;
  onPreview: () => void;
  onWrite: () => void;
  onCancel: () => void;
  onRestore: () => void;
  onClearMarks: () => void;
}

function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const s = useStrings();
  const styles = useStyles();
  const manySheets = new Set(rows.map((r) => r.sheet)).size > 1;
  return (
    <table className={styles.table} aria-label={s.previewTitle}>
      <thead>
        <tr>
          {manySheets && <th scope="col">{s.previewSheet}</th>}
          <th scope="col">{s.previewCell}</th>
          <th scope="col">{s.previewOld}</th>
          <th scope="col">{s.previewNew}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const percent = row.kind === "rate";
          return (
            <tr key={`${row.sheet}!${row.cell}`} data-cell={row.cell}>
              {manySheets && <td>{row.sheet}</td>}
              <td>
                <span className={styles.cell}>{row.cell}</span>{" "}
                <span className={styles.kind}>{s.kind[row.kind]}</span>
              </td>
              <td className={styles.old}>{formatScalar(row.previous, percent) ?? s.emptyCell}</td>
              <td className={styles.new}>{formatScalar(row.value, percent) ?? s.emptyCell}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Preview of the planned writes, 写入, 恢复 and 清除标记. */
export function WritePanel(props: WritePanelProps) {
  const { preview, canPreview, busy } = props;
  const s = useStrings();
  const styles = useStyles();
  const nothing = preview !== null && preview.rows.length === 0 && preview.marks === 0;
  return (
    <section className={styles.panel} aria-label={s.writeSection}>
      <h3 className={styles.title}>{s.writeSection}</h3>
      {preview && (
        <>
          {preview.rows.length > 0 && <PreviewTable rows={preview.rows} />}
          {(nothing || preview.marks > 0) && (
            <p className={styles.note}>
              {nothing ? s.previewNothing : s.previewMarks({ marks: preview.marks })}
            </p>
          )}
        </>
      )}
      <div className={styles.buttons}>
        {preview ? (
          <>
            <Button appearance="primary" disabled={busy || nothing} onClick={props.onWrite}>
              {s.write}
            </Button>
            <Button disabled={busy} onClick={props.onCancel}>
              {s.cancel}
            </Button>
          </>
        ) : (
          <Button disabled={busy || !canPreview} onClick={props.onPreview}>
            {s.previewWrites}
          </Button>
        )}
        <Button disabled={busy} onClick={props.onRestore}>
          {s.restore}
        </Button>
        <Button disabled={busy} onClick={props.onClearMarks}>
          {s.clearMarks}
        </Button>
      </div>
    </section>
  );
}
