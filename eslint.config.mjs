// typescript-eslint everywhere; the Office.js load/sync rules on the code that talks to Excel.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"])
);

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "out/**", "node_modules/**", "coverage/**", "test-output/**", "bin/**", "*.config.js"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-console": "error",
      "no-restricted-imports": [
        "error",
        { patterns: ["exceljs", "react", "react-dom", "@fluentui/*", "node:*", "fs", "path", "../excel/*", "../xlsx/*", "../taskpane/*", "../cli/*", "../commands/*"] },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "window", "document", "Date", "Math.random"],
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  }
);
