import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuiltCli } from "../cli/global-setup";
import { ROOT } from "./helpers/build";
import { CHOICE_ENV, describeChoice, findChromium } from "./helpers/chromium";
import { BUILD_STATUS_ENV } from "./helpers/entrypoints";

/**
 * Once per run, before the browser tests: chooses the browser and says which, and starts the two
 * builds they share in a child process (test/e2e/build-for-tests.js), so that the other tests run
 * while webpack works; the browser tests run last (test/sequencer.js) and wait for it. The
 * production build goes where `npm run build` puts it (dist/), so the tests load what ships and
 * check that the build leaves the command line (lib/) alone. E2E_BUILD_DIR and E2E_PROD_DIR name
 * builds made beforehand instead.
 */
export default function setUpBrowserTests(): void {
  const choice = findChromium(ROOT);
  process.env[CHOICE_ENV] = JSON.stringify(choice);
  process.stdout.write(`\n${describeChoice(choice)}\n`);
  ensureBuiltCli();

  const wantProd = !process.env.E2E_PROD_DIR;
  const wantDev = !process.env.E2E_BUILD_DIR;
  if (!wantProd && !wantDev) return;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "selfeval-builds-"));
  const devDir = wantDev ? path.join(tmp, "development") : "";
  const status = path.join(tmp, "status.json");
  const child = spawn(
    process.execPath,
    [path.join(__dirname, "build-for-tests.js"), status, devDir, wantProd ? "1" : ""],
    { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] }
  );
  // jest must not wait for the build to exit if every browser test was filtered out.
  child.unref();
  process.env[BUILD_STATUS_ENV] = status;
  process.env.SELFEVAL_BUILDS_TMP = tmp;
  process.env.SELFEVAL_BUILDS_PID = String(child.pid);
}
