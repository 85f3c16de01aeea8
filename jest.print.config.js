/** `npm run test:print`: the checks that need LibreOffice (soffice), run by .ci/run after installing it. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
module.exports = {
  displayName: "print",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testMatch: ["<rootDir>/test/print/**/*.test.ts"],
  globalSetup: "<rootDir>/test/cli/global-setup.ts",
};
