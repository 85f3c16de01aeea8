import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { TextField } from "./controls";
import { toA1 } from "../core/address";
import type { ReasonRow } from "./pane-model";
import { useStrings } from "./use-strings";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  save: { alignSelf: "flex-end" },
});

export interface ReasonEditorProps {
  row: ReasonRow;
  disabled: boolean;
  onSave: (text: string) => void;
}

/** A text box for one row's 偏差原因分析 and the button that writes it into the row's cell. */
export function ReasonEditor({ row, disabled, onSave }: ReasonEditorProps) {
  const s = useStrings();
  const styles = useStyles();
  const [text, setText] = useState(row.current);
  const [touched, setTouched] = useState(false);
  const empty = text.trim() === "";
  return (
    <div className={styles.row}>
      <TextField
        multiline
        rows={3}
        label={s.reasonLabel({ indicator: row.indicator, cell: toA1(row.cell) })}
        value={text}
        placeholder={s.reasonPlaceholder}
        error={touched && empty ? s.reasonEmpty : null}
        onChange={setText}
      />
      <Button
        className={styles.save}
        size="small"
        disabled={disabled}
        onClick={() => {
          setTouched(true);
          if (!empty) onSave(text.trim());
        }}
      >
        {s.reasonSave}
      </Button>
    </div>
  );
}
