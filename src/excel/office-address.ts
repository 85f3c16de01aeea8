import { areaFromA1 } from "../core";
import type { Area } from "../core";

/**
 * Office.js returns addresses as text ("Sheet1!A1:B2", "'My, Sheet'!A1:B2, 'My, Sheet'!C3").
 * These helpers turn them into areas at the edge of the shell.
 */

/** Splits a list of references on the commas that are not inside a quoted sheet name. */
export function splitReferences(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") {
      // A doubled quote inside a quoted name is a literal quote.
      if (quoted && text[i + 1] === "'") {
        current += "''";
        i += 1;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** The area part of "Sheet!A1:B2" (the sheet part may be quoted and contain "!"). */
export function areaPart(reference: string): string {
  let quoted = false;
  let bang = -1;
  for (let i = 0; i < reference.length; i += 1) {
    const ch = reference[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "!" && !quoted) bang = i;
  }
  return bang < 0 ? reference : reference.slice(bang + 1);
}

/** Parses an Office address ("Sheet1!A1:B2" or a comma-separated list) into areas; unparsable parts are skipped. */
export function parseOfficeAreas(address: string): Area[] {
  return splitReferences(address)
    .map((reference) => areaFromA1(areaPart(reference)))
    .filter((area): area is Area => area !== undefined);
}
