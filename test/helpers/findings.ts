import type { Evaluation, Finding } from "../../src/core";
import { toA1 } from "../../src/core/address";

/** Findings as "code@A1" strings, the compact form rule tests compare. */
export function codesAt(
  e: Evaluation | undefined,
  severities: Finding["severity"][] = ["error", "warning", "info"]
): string[] {
  return (e?.findings ?? [])
    .filter((f) => severities.includes(f.severity))
    .map((f) => `${f.code}@${toA1(f.address)}`);
}

export function codes(e: Evaluation | undefined): string[] {
  return (e?.findings ?? []).map((f) => f.code);
}

/** Planned writes as "A1=value". */
export function writesOf(e: Evaluation | undefined): string[] {
  return (e?.plan.writes ?? []).map((w) => `${toA1(w.address)}=${String(w.value)}`);
}
