import type { Lang } from "../core/lang";
import type { LayoutHint } from "../core/layout-hints";
import type { FieldKey } from "../core/label-dictionary";
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

/**
 * 指定列/指定区域 under way: the pane waits for the user to select, in Excel, the cell that
 * heads the column (or titles the part) the reader could not find, then to confirm.
 */
export interface Mapping {
  sheet: string;
  /** The finding that asked for it, kept selected while the user picks. */
  key: string;
  field: FieldKey;
  /** The field's name as forms call it (分值, 年度总体目标 …). */
  name: string;
  /** A column of a table (指定列) or a part of the form (指定区域). */
  kind: "column" | "part";
}

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
  mapping: Mapping | null;
  /** The layout hints kept with the document, as last loaded. */
  hints: LayoutHint[];
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
  | { type: "status-dismissed" }
  | { type: "mapping-started"; mapping: Mapping }
  | { type: "mapping-ended" }
  | { type: "hints-loaded"; hints: LayoutHint[] };

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
    mapping: null,
    hints: [],
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
        mapping: null,
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
    case "mapping-started":
      return { ...state, mapping: event.mapping, selectedKey: event.mapping.key };
    case "mapping-ended":
      return { ...state, mapping: null };
    case "hints-loaded":
      return { ...state, hints: event.hints };
  }
}
