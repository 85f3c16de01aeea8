/**
 * How alike two texts are, for goals.copied (rules.md §6: 实际完成情况 nearly the same as
 * 预期目标). The measure is 1 − edit distance / longer length over Unicode code points,
 * after normalizeText.
 */
import { normalizeText } from "./normalize";

/**
 * Longest differing middle (after the shared start and end are removed) compared exactly.
 * 4,000 × 4,000 cells take about 30 ms; the form's goal texts are a few hundred characters.
 */
export const EXACT_LIMIT = 4000;

function codePoints(s: string): number[] {
  return Array.from(s, (ch) => ch.codePointAt(0) ?? 0);
}

/** Levenshtein distance with two rows: insert, delete and substitute cost 1. */
function editDistance(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      // Plain comparisons, not Math.min: a global lookup per cell is ~50x slower in vm sandboxes (jest).
      const substitute = (previous[j - 1] ?? 0) + (ai === b[j - 1] ? 0 : 1);
      const remove = (previous[j] ?? 0) + 1;
      const insert = (current[j - 1] ?? 0) + 1;
      const best = substitute < remove ? substitute : remove;
      current[j] = best < insert ? best : insert;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Length of the shared start, then of the shared end of what is left. */
function sharedEnds(a: readonly number[], b: readonly number[]): [number, number] {
  const max = Math.min(a.length, b.length);
  let start = 0;
  while (start < max && a[start] === b[start]) start++;
  let end = 0;
  while (end < max - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [start, end];
}

/**
 * Similarity of two texts in [0, 1]: 1 for equal texts (two empty texts too), 0 when only
 * one is empty. Exact while the differing middles are at most EXACT_LIMIT code points;
 * beyond that the middles' first EXACT_LIMIT code points are compared and the rest counted
 * as different, an upper bound on the distance, so the result never overstates similarity.
 */
export function textSimilarity(a: string, b: string): number {
  const x = normalizeText(a);
  const y = normalizeText(b);
  if (x === y) return 1;
  const p = codePoints(x);
  const q = codePoints(y);
  const longer = Math.max(p.length, q.length);
  const [start, end] = sharedEnds(p, q);
  const pm = p.slice(start, p.length - end);
  const qm = q.slice(start, q.length - end);
  const pHead = pm.slice(0, EXACT_LIMIT);
  const qHead = qm.slice(0, EXACT_LIMIT);
  const beyond = Math.max(pm.length - pHead.length, qm.length - qHead.length);
  const distance = editDistance(pHead, qHead) + beyond;
  return Math.max(0, 1 - distance / longer);
}
