import type { Journal, JournalEntry } from "../../src/core";
import {
  faultText,
  toFaultError,
  type ExcelFaultKind,
  type FaultDetails,
} from "../../src/excel/faults";
import {
  boundJournals,
  journalsOf,
  mergeJournals,
  withoutRestored,
} from "../../src/excel/journal-store";
import { needsApostrophe, typedValue } from "../../src/excel/typed-text";

describe("typed text", () => {
  it.each([
    "001",
    "12",
    " 5",
    "2021-12",
    "1/2",
    "10:30",
    "=SUM(A1)",
    "+1",
    "-",
    "@x",
    "#N/A",
    "TRUE",
    "95%",
    "Mar-21",
    "1e5",
  ])("keeps %p as text with an apostrophe", (text) => {
    expect(needsApostrophe(text)).toBe(true);
    expect(typedValue(text)).toBe(`'${text}`);
  });

  it.each(["受疫情影响", "≥90%", "2021.01-2021.12完成", "Sheet", "保障"])(
    "writes %p as it is",
    (text) => {
      expect(needsApostrophe(text)).toBe(false);
      expect(typedValue(text)).toBe(text);
    }
  );

  it("writes numbers and booleans as values and null as an empty cell", () => {
    expect(typedValue(0.95)).toBe(0.95);
    expect(typedValue(false)).toBe(false);
    expect(typedValue(null)).toBe("");
  });
});

describe("journal store", () => {
  const journal = (sheet: string, at: string, cells: [number, number, number][]): Journal => ({
    sheet,
    at,
    entries: cells.map(([row, col, value]) => ({ address: { row, col }, value, fill: null })),
  });

  it("keeps the oldest entry of a cell when merging writes", () => {
    const merged = mergeJournals(
      [journal("S", "t1", [[1, 1, 5]])],
      [
        journal("S", "t2", [
          [1, 1, 9],
          [2, 2, 7],
        ]),
        journal("T", "t2", []),
      ]
    );
    expect(merged).toEqual([
      journal("S", "t2", [
        [1, 1, 5],
        [2, 2, 7],
      ]),
    ]);
  });

  it("drops restored cells and empty journals", () => {
    const saved = [
      journal("S", "t", [
        [1, 1, 5],
        [2, 2, 7],
      ]),
      journal("T", "t", [[0, 0, 1]]),
    ];
    expect(
      withoutRestored(saved, [journal("T", "t", [[0, 0, 1]]), journal("S", "t", [[1, 1, 0]])])
    ).toEqual([journal("S", "t", [[2, 2, 7]])]);
  });

  it("reads a missing or foreign setting as no journals", () => {
    expect(journalsOf(null)).toEqual([]);
    expect(journalsOf({ version: 1, journals: [{ sheet: 3 }] })).toEqual([]);
    expect(journalsOf("garbage")).toEqual([]);
  });
});

describe("fault wording", () => {
  const kinds: ExcelFaultKind[] = [
    "cell-edit",
    "protected",
    "sheet-missing",
    "payload-too-large",
    "api-missing",
    "journal-unsaved",
    "unknown",
  ];

  /** A fault worded in both languages. */
  const describeFault = (kind: ExcelFaultKind, details: FaultDetails = {}) => ({
    zh: faultText({ kind, ...details }, "zh-CN"),
    en: faultText({ kind, ...details }, "en-US"),
  });

  it.each(kinds)("words %s in Chinese and English, adding what happened to the sheet", (kind) => {
    const plain = describeFault(kind);
    const withOutcome = describeFault(kind, { outcome: "journaled", sheet: "表一" });
    expect(plain.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(plain.en).toMatch(/^[A-Z]/);
    expect(withOutcome.zh).toContain("恢复");
    expect(withOutcome.en).toContain("Restore");
  });

  it.each([
    ["journaled-unsaved", "可能只完成了一部分", "partly done"],
    ["written-unsaved", "已经写入", "were written"],
  ] as const)(
    "says for %s that restore works only until the task pane is closed",
    (outcome, zh, en) => {
      const words = describeFault("journal-unsaved", { outcome });
      expect(words.zh).toContain(zh);
      expect(words.zh).toContain("关闭任务窗格之前仍可点击“恢复”");
      expect(words.zh).not.toContain("没有写入");
      expect(words.en).toContain(en);
      expect(words.en).toContain("until the task pane is closed");
    }
  );

  it("keeps non-Office errors as unknown faults with the error as cause", () => {
    const error = new TypeError("boom");
    const fault = toFaultError(error, { sheet: "S" });
    expect(fault.fault).toMatchObject({ kind: "unknown", sheet: "S" });
    expect((fault as { cause?: unknown }).cause).toBe(error);
    expect(faultText(fault.fault, "en-US")).toBe(fault.message);
  });
});

describe("merging journal entries by part", () => {
  const entry = (parts: JournalEntry["parts"], value: number, fill: string | null) =>
    ({ address: { row: 1, col: 1 }, value, fill, parts }) as JournalEntry;
  const journalOf = (e: JournalEntry): Journal => ({ sheet: "S", at: "t", entries: [e] });

  it("keeps the older record of a part and takes a part only the newer write set", () => {
    const [merged] = mergeJournals(
      [journalOf(entry(["fill"], 5, null))],
      [journalOf(entry(["value", "fill"], 6, "FF0000"))]
    );
    expect(merged!.entries).toEqual([entry(["fill", "value"], 6, null)]);
  });

  it("reads a record without parts as one of every part", () => {
    const [merged] = mergeJournals(
      [journalOf(entry(undefined, 5, null))],
      [journalOf(entry(["value"], 6, null))]
    );
    expect(merged!.entries).toEqual([entry(undefined, 5, null)]);
  });
});

describe("bounding the saved journals", () => {
  const entries = (sheet: string, at: string, n: number): Journal => ({
    sheet,
    at,
    entries: Array.from({ length: n }, (_, i) => ({
      address: { row: i, col: 0 },
      value: "x".repeat(50),
      fill: null,
    })),
  });

  it("keeps everything within the budget", () => {
    const all = [entries("A", "1", 3)];
    expect(boundJournals(all, [], 10_000)).toEqual({ journals: all, pruned: 0 });
  });

  it("drops the oldest write's entries first and never the write just made", () => {
    const old = entries("A", "2026-01-01", 40);
    const fresh = entries("B", "2026-01-02", 40);
    const { journals, pruned } = boundJournals([old, fresh], [fresh], 5_000);
    expect(pruned).toBeGreaterThan(0);
    expect(journals.find((j) => j.sheet === "B")).toEqual(fresh);
    const kept = journals.find((j) => j.sheet === "A")?.entries ?? [];
    expect(kept.length).toBe(40 - pruned);
    // The entries recorded first go first.
    expect(kept[0]?.address.row ?? 40).toBe(pruned);
    expect(
      new TextEncoder().encode(JSON.stringify({ version: 1, journals })).length
    ).toBeLessThanOrEqual(5_000);
  });
});
