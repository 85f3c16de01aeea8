/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script that node runs directly */
// npm run fuzz: the tests of test/reliability with many more cases than npm test runs.
//   FUZZ_RUNS  multiplies every property's case count (default here 20; npm test uses 1)
//   FUZZ_SEED  replaces the fixed seed (default here: a new one each run, printed first)
// Extra arguments go to jest, e.g. `npm run fuzz -- -t restore`.
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..");
const env = { ...process.env };
env.FUZZ_RUNS ??= "20";
env.FUZZ_SEED ??= String(Date.now() % 2147483647);
process.stdout.write(`fuzz: FUZZ_RUNS=${env.FUZZ_RUNS} FUZZ_SEED=${env.FUZZ_SEED}\n`);

const jest = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");
const result = spawnSync(
  process.execPath,
  [
    jest,
    "--selectProjects",
    "node",
    "--testTimeout",
    "3600000",
    "test/reliability",
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, env, stdio: "inherit" }
);
process.exit(result.status ?? 1);
