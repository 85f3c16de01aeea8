import { watchActions } from "../../dev/playground/watch-actions";
import type { PaneActions } from "../../src/taskpane/pane-actions";

describe("watching the pane's actions", () => {
  it("reports a change after each action settles, passing results and errors through", async () => {
    let changes = 0;
    const inner = {
      restore: async () => 3,
      clearMarks: async () => {
        throw new Error("protected");
      },
    } as unknown as PaneActions;
    const watched = watchActions(inner, () => (changes += 1));
    await expect(watched.restore()).resolves.toBe(3);
    await expect(watched.clearMarks()).rejects.toThrow("protected");
    await Promise.resolve();
    expect(changes).toBe(2);
  });
});
