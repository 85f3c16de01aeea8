import { useMemo, useReducer, useRef } from "react";
import type { Lang } from "../core/lang";
import type { PaneActions } from "./pane-actions";
import { createPaneController, type PaneController, type PaneStore } from "./pane-controller";
import { initialPaneState, paneReducer, type PaneState, type View } from "./pane-state";

/** The pane's state in React: the reducer of pane-state.ts driven by the controller's sequences. */
export function usePane(
  actions: PaneActions,
  language: Lang,
  view: View
): { state: PaneState; store: PaneStore; pane: PaneController } {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialPaneState(language, view)
  );
  // A sequence spans several renders and reads the state between its events: the store
  // applies each event at once, as React will when it renders.
  const latest = useRef(state);
  const store = useMemo<PaneStore>(
    () => ({
      getState: () => latest.current,
      dispatch: (event) => {
        latest.current = paneReducer(latest.current, event);
        dispatch(event);
      },
    }),
    []
  );
  const pane = useMemo(() => createPaneController(actions, store), [actions, store]);
  return { state, store, pane };
}
