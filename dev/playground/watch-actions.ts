import type { PaneActions } from "../../src/taskpane/pane-actions";

/**
 * Wraps the pane's actions so the simulated sheet redraws after each one: the pane
 * changes the workbook through the fake Office host, which has no change events.
 */
export function watchActions(actions: PaneActions, onChange: () => void): PaneActions {
  return new Proxy(actions, {
    get(target, key, receiver) {
      const member: unknown = Reflect.get(target, key, receiver);
      if (typeof member !== "function") return member;
      // Every action is asynchronous: the sheet redraws once it has settled, either way.
      return (...args: unknown[]) => {
        const result = member.apply(target, args) as Promise<unknown>;
        result.then(onChange, onChange);
        return result;
      };
    },
  });
}
