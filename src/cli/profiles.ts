import {
  BUILTIN_PROFILES,
  builtinProfile,
  builtinProfiles,
  differingRules,
  MOF_2020,
  profileSummary,
  ruleName,
  rulesOf,
  type Lang,
  type Profile,
} from "../core";
import { EXIT, type ExitCode } from "./exit-codes";
import type { CliIo } from "./io";
import { cliMessage } from "./messages";
import { profileHash } from "./profile-option";

export interface ProfilesOptions {
  /** Every rule of every profile and its hash, as JSON (a start for a profile file). */
  json: boolean;
  lang: Lang;
}

const show = (value: unknown) => JSON.stringify(value);

function profileLines(profile: Profile, lang: Lang): string[] {
  const base = BUILTIN_PROFILES[profile.base].extends;
  const heading = cliMessage(
    "profileHeading",
    { name: profile.id, base, summary: profileSummary(profile.base, lang) },
    lang
  );
  const rules = differingRules(profile, MOF_2020).map((key) =>
    cliMessage(
      "profileRule",
      { rule: ruleName(key, lang), key, value: show(profile[key]), root: show(MOF_2020[key]) },
      lang
    )
  );
  return [heading, ...rules];
}

/** `selfeval profiles`: the built-in profiles, each with the rules in which it differs from mof-2020. */
export function runProfiles(options: ProfilesOptions, io: CliIo): ExitCode {
  if (options.json) {
    const profiles = builtinProfiles().map((p) => ({
      name: p.id,
      extends: BUILTIN_PROFILES[p.base].extends,
      hash: profileHash(p),
      differsFromMof2020: differingRules(p, builtinProfile("mof-2020")),
      rules: rulesOf(p),
    }));
    io.stdout.write(`${JSON.stringify({ profiles }, null, 2)}\n`);
    return EXIT.ok;
  }
  const blocks = builtinProfiles().map((p) => profileLines(p, options.lang).join("\n"));
  io.stdout.write(`${blocks.join("\n\n")}\n`);
  return EXIT.ok;
}
