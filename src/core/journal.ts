import type { Address, Scalar } from "./grid";

/** What a write may change in a cell: its content (value or formula), number format, fill. */
export type JournalPart = "value" | "format" | "fill";

/** What a cell held before a write or a mark, so that restore puts it back exactly. */
export interface JournalEntry {
  address: Address;
  value: Scalar;
  formula?: string;
  /** Excel error text ("#N/A") when the cell held an error, constant or computed; `value` is then null. */
  error?: string;
  format?: string;
  /** Solid fill colour (RRGGBB) or null for no fill. */
  fill: string | null;
  /** Ids of the findings whose write or mark changed the cell (what 恢复 takes back). */
  findings?: string[];
  /**
   * The parts the write set, which restore puts back; the others are left as they are now (a
   * marked cell keeps the value the user typed since). Absent: every part (older records).
   */
  parts?: JournalPart[];
}

export interface Journal {
  sheet: string;
  /** ISO time set by the shell that applied the plan; the core never reads a clock. */
  at: string;
  entries: JournalEntry[];
}
