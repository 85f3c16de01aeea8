import { format } from "numfmt";
import type { Scalar } from "../../src/core/grid";
import { decimalsOfFormat, isPercentFormat, roundHalfUp } from "../../src/core/normalize";

/**
 * The text a cell shows for its value and number format, as Excel shows it: numfmt reads
 * Excel's format codes (sections, literals, grouping, dates with the 1900 leap day). Excel
 * rounds the decimals it shows on the decimal value, numfmt on the binary one (-0.145 is
 * -0.14499…), so the value is first rounded half up to the decimals the format shows.
 */

function shownValue(value: number, code: string): number {
  const decimals = decimalsOfFormat(code);
  if (decimals === null) return value;
  return roundHalfUp(value, decimals + (isPercentFormat(code) ? 2 : 0));
}

/** The text of a cell as a reader of the sheet sees it. */
export function displayText(value: Scalar, code?: string, error?: string): string {
  if (error !== undefined) return error;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const pattern = code ?? "General";
  return format(pattern, shownValue(value, pattern), { throws: false, invalid: String(value) });
}
