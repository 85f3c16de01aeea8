import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { faultText } from "../excel/faults";
import type { Strings } from "./i18n";
import type { Notice, Status } from "./pane-state";
import { useLang, useStrings } from "./use-strings";

export type { Status };

export interface StatusBarProps {
  status: Status | null;
  onDismiss: () => void;
}

/** A notice worded in the pane's current language. */
function noticeText(notice: Notice, s: Strings): string {
  if (!("params" in notice)) return s[notice.code];
  // Each code comes with its own parameters; the pair is named once for the indexed call.
  const pair = notice as { code: "written"; params: Parameters<Strings["written"]>[0] };
  return s[pair.code](pair.params);
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
        <MessageBarBody>{noticeText(status.notice, s)}</MessageBarBody>
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
