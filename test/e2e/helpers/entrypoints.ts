import { existsSync, readFileSync } from "node:fs";

/**
 * What the production build put in each entry point: the files a page loads before it runs and
 * the modules in them, and the files and modules it fetches later through import().
 */
export type Entrypoints = Record<
  string,
  { files: string[]; modules: string[]; lazyFiles: string[]; lazyModules: string[] }
>;

/** What test/e2e/build-for-tests.js reports when its builds are done. */
export type BuildStatus =
  | {
      ok: true;
      devDir: string | null;
      prodDir: string | null;
      entrypoints: Entrypoints | null;
      seconds: number;
    }
  | { ok: false; error: string; seconds: number };

/** The environment variable naming the status file of this run's builds. */
export const BUILD_STATUS_ENV = "SELFEVAL_BUILD_STATUS";

/**
 * Waits for the builds the browser set-up started in the background (the other tests run
 * meanwhile), and fails with webpack's errors when they failed.
 */
export async function builtForTests(timeoutMs = 600_000): Promise<BuildStatus & { ok: true }> {
  const file = process.env[BUILD_STATUS_ENV];
  if (!file)
    throw new Error("no build was started: run the browser tests through jest's browser project");
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline)
      throw new Error(`the builds for the browser tests did not finish in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const status = JSON.parse(readFileSync(file, "utf8")) as BuildStatus;
  if (!status.ok) throw new Error(`the builds for the browser tests failed:\n${status.error}`);
  return status;
}
