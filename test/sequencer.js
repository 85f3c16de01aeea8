/* eslint-disable @typescript-eslint/no-require-imports -- jest loads its sequencer as CommonJS */
"use strict";
const Sequencer = require("@jest/test-sequencer").default;

/**
 * Jest's own order (failed first, then slowest), except that the browser tests come last: they
 * wait for the webpack builds that their set-up started in the background, and the other tests
 * keep both cores busy meanwhile.
 */
class BrowserLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const isBrowser = (test) => test.context.config.displayName?.name === "browser";
    return [...sorted.filter((t) => !isBrowser(t)), ...sorted.filter(isBrowser)];
  }
}

module.exports = BrowserLast;
