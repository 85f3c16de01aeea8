import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { faultText } from "../excel/faults";
import type { PaneFault } from "./pane-actions";
import { useLang, useStrings } from "./use-strings";

/** What the pane tells the user after an action: a fault with advice, or a short notice. */
export type Status =
  | { kind: "fault"; fault: PaneFault }
  | { kind: "notice"; intent: "success" | "info" | "warning"; text: string };

export interface StatusBarProps {
  status: Status | null;
  onDismiss: () => void;
}

/** A Fluent MessageBar for the last action's outcome; faults say what to do next. */
export function StatusBar({ status, onDismiss }: StatusBarProps) {
  const s = useStrings();
  const lang = useLang();
  if (!status) return null;
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" size="small" aria-label={s.dismiss} onClick={onDismiss}>
          ×
        </Button>
      }
    />
  );
  if (status.kind === "notice") {
    return (
      <MessageBar intent={status.intent} role="status">
        <MessageBarBody>{status.text}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  const { fault } = status;
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-fault={fault.kind}>
      <MessageBarBody>
        <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
        {fault.words ? (
          fault.words[lang]
        ) : (
          <>
            {faultText(
              { kind: fault.kind, ...(fault.sheet === undefined ? {} : { sheet: fault.sheet }) },
              lang
            )}
            {fault.kind === "unknown" && fault.detail && <div>{fault.detail}</div>}
          </>
        )}
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}
