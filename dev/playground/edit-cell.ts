import type { FakeCell } from "../fake-office/model";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a cell holds after the user types `text` into it, as Excel would store it:
 * numbers as numbers, "95%" as 0.95 with a percent format, a number typed into a
 * percent cell as a percent, empty text clears the value. Fill, font and borders stay.
 */
export function applyEntry(cell: FakeCell | undefined, text: string): FakeCell {
  const next: FakeCell = { ...(cell ?? { value: null }) };
  delete next.formula;
  delete next.error;
  const trimmed = text.trim();
  const percentFormat = next.numberFormat?.includes("%") ?? false;
  if (trimmed === "") {
    next.value = null;
  } else if (trimmed.endsWith("%") && NUMBER.test(trimmed.slice(0, -1).trim())) {
    const number = Number(trimmed.slice(0, -1).trim());
    next.value = Number((number / 100).toPrecision(15));
    if (!percentFormat) next.numberFormat = trimmed.includes(".") ? "0.00%" : "0%";
  } else if (NUMBER.test(trimmed)) {
    const number = Number(trimmed);
    next.value = percentFormat ? Number((number / 100).toPrecision(15)) : number;
  } else {
    next.value = text;
  }
  return next;
}
