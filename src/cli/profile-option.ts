import { createHash } from "crypto";
import { promises as fs } from "fs";
import path from "path";
import {
  BUILTIN_PROFILE_NAMES,
  builtinProfile,
  canonicalJson,
  differingRules,
  formatProfileIssue,
  isBuiltinProfileName,
  MOF_2020,
  parseProfile,
  rulesOf,
  type Lang,
  type Profile,
} from "../core";
import type { CliIo } from "./io";
import { cliMessage } from "./messages";
import type { ProfileReport } from "./report-schema";

/**
 * Reads `--profile NAME|FILE.json`: a built-in profile by its name, or a file holding a profile
 * definition ({ "id"?, "extends"?, …rules }, docs/rules.md). A file that is not one is refused
 * with one line naming the field, never silently replaced by the default.
 */
export async function readProfileOption(
  value: string,
  cwd: string,
  lang: Lang
): Promise<{ ok: true; profile: Profile } | { ok: false; message: string }> {
  if (isBuiltinProfileName(value)) return { ok: true, profile: builtinProfile(value) };
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, value), "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return {
      ok: false,
      message: missing
        ? cliMessage("profileUnknown", { known: BUILTIN_PROFILE_NAMES }, lang)
        : cliMessage("profileUnreadable", {}, lang),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: cliMessage("profileNotJson", {}, lang) };
  }
  const parsed = parseProfile(data, path.basename(value, path.extname(value)));
  if (parsed.success) return { ok: true, profile: parsed.data };
  const [first, ...more] = parsed.issues;
  const problem = first ? formatProfileIssue(first, lang) : "?";
  return {
    ok: false,
    message:
      more.length === 0 ? problem : cliMessage("profileMore", { problem, more: more.length }, lang),
  };
}

/**
 * The profile `--profile` names (mof-2020 without it), or null after writing on stderr the one
 * line that says why it cannot be used.
 */
export async function profileOfOption(
  value: string | undefined,
  io: CliIo,
  lang: Lang
): Promise<Profile | null> {
  if (value === undefined) return MOF_2020;
  const read = await readProfileOption(value, io.cwd, lang);
  if (read.ok) return read.profile;
  io.stderr.write(`${value}: ${read.message}\n`);
  return null;
}

/**
 * The content hash of a profile's rules: "sha256:" and the SHA-256 of their canonical JSON.
 * Two profiles with the same rules have the same hash whatever they are called, so a report
 * names the rules that made it exactly.
 */
export function profileHash(profile: Profile): string {
  const digest = createHash("sha256")
    .update(canonicalJson(rulesOf(profile)))
    .digest("hex");
  return `sha256:${digest}`;
}

/** Which profile scored, as the JSON report says it. */
export function reportProfile(profile: Profile): ProfileReport {
  return {
    name: profile.id,
    extends: profile.base,
    hash: profileHash(profile),
    differsFromBase: differingRules(profile, builtinProfile(profile.base)),
  };
}
