import type { Address } from "./grid";
import type { Finding, FindingCode, FindingParams, Severity } from "./findings";

/** Builds a finding; the one place findings are made, so their shape stays uniform. */
export function finding(
  code: FindingCode,
  severity: Severity,
  address: Address,
  params: FindingParams = {},
  fixed = false
): Finding {
  return { code, severity, address: { row: address.row, col: address.col }, params, fixed };
}
