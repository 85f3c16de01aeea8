import { rmSync } from "node:fs";

/** Stops a build nobody waited for and removes the temporary builds; dist/ stays, as after `npm run build`. */
export default function tearDownBrowserTests(): void {
  const pid = Number(process.env.SELFEVAL_BUILDS_PID);
  if (pid > 0) {
    try {
      process.kill(pid);
    } catch {
      // Already finished.
    }
  }
  const tmp = process.env.SELFEVAL_BUILDS_TMP;
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
