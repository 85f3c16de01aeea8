import type { Lang } from "../core/lang";
import type { PaneLabel, PaneParams } from "./i18n";
import type { PaneFault, Progress, Scope, SheetResult, WritePreview } from "./pane-actions";

/**
 * The pane's state and every change to it, as data: a reducer that React's useReducer runs
 * (use-pane.ts) and tests run without a DOM. The sequences of actions that produce these
 * events live in pane-controller.ts.
 */

export type View = "validate" | "template" | "settings";

/** A notice of the last action, as a code of the pane's wording (worded when shown). */
export type Notice =
  | { code: PaneLabel }
  | { [C in keyof PaneParams]: { code: C; params: PaneParams[C] } }[keyof PaneParams];

/** What the pane tells the user after an action: a fault with advice, or a short notice. */
export type Status =
  | { kind: "fault"; fault: PaneFault }
  | { kind: "notice"; intent: "success" | "info" | "warning"; notice: Notice };

export interface PaneState {
  language: Lang;
  view: View;
  /** What the last validation covered: a refresh validates the same again. */
  scope: Scope;
  /** The forms of the last validation, sheet by sheet; null before the first. */
  results: SheetResult[] | null;
  /** An action is running: the buttons wait. */
  busy: boolean;
  progress: Progress | null;
  status: Status | null;
  /** The writes shown for the user to confirm; null when none is shown. */
  preview: WritePreview | null;
  /** The key of the finding last selected (FindingList.keyOfFinding). */
  selectedKey: string | null;
}

export type PaneEvent =
  | { type: "view-changed"; view: View }
  | { type: "action-started" }
  | { type: "action-progressed"; progress: Progress }
  | { type: "action-finished" }
  | { type: "action-failed"; fault: PaneFault }
  | { type: "validated"; scope: Scope; results: SheetResult[] }
  /** The same scope validated again after a change: the selection stays. */
  | { type: "revalidated"; results: SheetResult[] }
  | { type: "sheet-revalidated"; result: SheetResult }
  | { type: "finding-selected"; key: string }
  | { type: "preview-shown"; preview: WritePreview }
  | { type: "preview-closed" }
  | { type: "language-changed"; language: Lang }
  | { type: "status-shown"; status: Status }
  | { type: "status-dismissed" };

export function initialPaneState(language: Lang, view: View = "validate"): PaneState {
  return {
    language,
    view,
    scope: "active",
    results: null,
    busy: false,
    progress: null,
    status: null,
    preview: null,
    selectedKey: null,
  };
}

/** The state after an event. */
export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "view-changed":
      return { ...state, view: event.view };
    case "action-started":
      return { ...state, busy: true, status: null };
    case "action-progressed":
      return { ...state, progress: event.progress };
    case "action-finished":
      return { ...state, busy: false, progress: null };
    case "action-failed":
      return { ...state, status: { kind: "fault", fault: event.fault } };
    case "validated":
      return {
        ...state,
        scope: event.scope,
        results: event.results,
        preview: null,
        selectedKey: null,
      };
    case "revalidated":
      return { ...state, results: event.results };
    case "sheet-revalidated": {
      const { result } = event;
      const results = state.results?.map((r) => (r.sheet === result.sheet ? result : r)) ?? [
        result,
      ];
      return { ...state, results };
    }
    case "finding-selected":
      return { ...state, selectedKey: event.key };
    case "preview-shown":
      return { ...state, preview: event.preview };
    case "preview-closed":
      return { ...state, preview: null };
    case "language-changed":
      return { ...state, language: event.language };
    case "status-shown":
      return { ...state, status: event.status };
    case "status-dismissed":
      return { ...state, status: null };
  }
}
