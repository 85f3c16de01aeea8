#!/usr/bin/env node
"use strict";
// The compiled CLI (npm run build:cli into lib/, run by `prepare` on install; the web build goes to dist/).
require("../lib/cli/main.js").main();
