import { lazyActions } from "../../src/taskpane/lazy-actions";
import { PaneFault, type PaneActions } from "../../src/taskpane/pane-actions";
import { FakeActions } from "./fake-actions";

describe("pane actions loaded in a chunk of their own", () => {
  it("starts loading once the pane is shown and passes each call through once loaded", async () => {
    const inner = new FakeActions([{ sheet: "表1", evaluations: [] }]);
    let loads = 0;
    let shown: () => void = () => undefined;
    const actions = lazyActions(
      async () => {
        loads += 1;
        return inner;
      },
      new Promise<void>((resolve) => (shown = resolve))
    );
    await Promise.resolve();
    expect(loads).toBe(0);
    shown();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(1);
    await expect(actions.validate("all")).resolves.toEqual([{ sheet: "表1", evaluations: [] }]);
    await actions.selectCell("表1", { row: 1, col: 2 });
    expect(inner.callsOf("selectCell")).toEqual([["表1", { row: 1, col: 2 }]]);
    expect(loads).toBe(1);
  });

  it("loads at the first call when that comes before the pane is shown", async () => {
    const inner = new FakeActions([{ sheet: "表1", evaluations: [] }]);
    let loads = 0;
    const actions = lazyActions(
      async () => {
        loads += 1;
        return inner;
      },
      new Promise<void>(() => undefined)
    );
    await expect(actions.validate("active")).resolves.toEqual([{ sheet: "表1", evaluations: [] }]);
    await actions.restore();
    expect(loads).toBe(1);
  });

  it("turns a failed load into a fault on the action", async () => {
    const actions: PaneActions = lazyActions(() => Promise.reject(new Error("chunk 97 failed")));
    const error = await actions.restore().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaneFault);
    expect((error as PaneFault).detail).toBe("chunk 97 failed");
  });
});
