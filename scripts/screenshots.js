#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script that node runs directly */
// npm run screenshots: runs the browser tests and copies their best screenshots into docs/images.
// The pictures show Chinese text, so a CJK font must be installed (Debian: fonts-noto-cjk); the
// tests themselves need none, and `npm test` does not depend on system fonts.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const fonts = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
if (fonts.status !== 0 || fonts.stdout.trim() === "") {
  console.error(
    "npm run screenshots: no CJK font found (fc-list :lang=zh); install one first, e.g. apt-get install fonts-noto-cjk"
  );
  process.exit(2);
}
const jest = path.join(__dirname, "..", "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(process.execPath, [jest, "--selectProjects", "browser", "test/e2e"], {
  stdio: "inherit",
  env: { ...process.env, COPY_SCREENSHOTS: "1" },
});
process.exit(run.status ?? 1);
