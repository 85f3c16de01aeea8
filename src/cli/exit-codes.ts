/** The exit codes of `selfeval`, documented in docs/cli.md. */
export const EXIT = {
  /** Nothing at the --fail-on level. */
  ok: 0,
  /** Findings at or above the --fail-on level. */
  findings: 1,
  /** A usage error, or an input that could not be read or an output that could not be written. */
  failure: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
