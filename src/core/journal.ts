import type { Address, Scalar } from "./grid";

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
}

export interface Journal {
  sheet: string;
  /** ISO time set by the shell that applied the plan; the core never reads a clock. */
  at: string;
  entries: JournalEntry[];
}
