import type { Address } from "./grid";
import type { NoParams } from "./wording";
import type { FindingCode, FindingDraft, FindingParams, Severity } from "./findings";

/** The parameters argument: optional for the codes that take none. */
type ParamsArg<C extends FindingCode> = NoParams extends FindingParams[C]
  ? [params?: FindingParams[C], fixed?: boolean]
  : [params: FindingParams[C], fixed?: boolean];

/** Builds a finding; the one place findings are made, so their shape stays uniform. */
export function finding<C extends FindingCode>(
  code: C,
  severity: Severity,
  address: Address,
  ...[params, fixed = false]: ParamsArg<C>
): FindingDraft<C> {
  const draft = {
    code,
    severity,
    address: { row: address.row, col: address.col },
    params: params ?? {},
    fixed,
  };
  return draft as FindingDraft<C>;
}
