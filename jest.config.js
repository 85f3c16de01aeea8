/**
 * `npm test`: node for the engine and shells, cli for the built `selfeval` bin, dom for the React
 * task pane, browser for what runs in Chromium or needs the web build (one set-up chooses the
 * browser and builds once for all of them). The print checks need LibreOffice and run from
 * jest.print.config.js (`npm run test:print`).
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // The Encoding API for the tests that run in jsdom, which lacks it (test/text-encoding.ts).
  setupFiles: ["<rootDir>/test/text-encoding.ts"],
};
const BROWSER = ["<rootDir>/test/e2e/**/*.test.ts", "<rootDir>/test/build/**/*.test.ts", "<rootDir>/test/reliability/csp-browser.test.ts"];
module.exports = {
  // Two workers on two cores: the default leaves one core to a parent that mostly waits.
  maxWorkers: 2,
  testSequencer: "<rootDir>/test/sequencer.js",
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/cli/", "<rootDir>/test/e2e/", "<rootDir>/test/build/", "<rootDir>/test/print/", "<rootDir>/test/reliability/csp-browser.test.ts"],
    },
    { ...common, displayName: "cli", testEnvironment: "node", testMatch: ["<rootDir>/test/cli/**/*.test.ts"], globalSetup: "<rootDir>/test/cli/global-setup.ts" },
    { ...common, displayName: "dom", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/**/*.test.tsx"], setupFilesAfterEnv: ["<rootDir>/test/dom-setup.ts"] },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: BROWSER,
      globalSetup: "<rootDir>/test/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
    },
  ],
};
