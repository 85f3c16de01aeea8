#!/usr/bin/env node
"use strict";
// The compiled CLI (npm run build:cli, run by `prepare` on install).
require("../dist/cli/main.js").main();
