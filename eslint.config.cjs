// typescript-eslint everywhere; the Office.js load/sync rules on the code that talks to Excel;
// and the layering of docs/architecture.md, folder by folder.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, so the layering test can load it */
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"])
);

/** An import of one of our folders from anywhere below src/ or dev/ ("../excel", "../../excel/x"). */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

/** The folders of src/ and dev/, as the layering rules name them. */
const OURS = {
  core: folder("core"),
  excel: folder("excel"),
  xlsx: folder("xlsx"),
  taskpane: folder("taskpane"),
  commands: folder("commands"),
  cli: folder("cli"),
  "fake-office": [...folder("dev"), ...folder("fake-office")],
  playground: folder("playground"),
  web: folder("web"),
};

/** Forbids importing our folders other than `allowed`; `also` adds packages the folder must not use. */
function layer(files, allowed, why, also = []) {
  const group = Object.entries(OURS)
    .filter(([name]) => !allowed.includes(name))
    .flatMap(([, patterns]) => patterns);
  return {
    files,
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group, message: why }, ...also] }],
    },
  };
}

const UI = ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"];
const NODE = ["node:*", "fs", "path", "zlib", "os", "child_process"];

module.exports = tseslint.config(
  {
    ignores: [
      "dist/**",
      "lib/**",
      "out/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "bin/**",
      "*.config.js",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  layer(
    ["src/core/**/*.ts"],
    ["core"],
    "src/core imports nothing of ours: it decides, the shells move data.",
    [
      {
        group: ["exceljs", ...UI, ...NODE],
        message: "src/core is pure: no exceljs, React, DOM or Node.",
      },
    ]
  ),
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-console": "error",
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "window",
        "document",
        "Date",
        "Math.random",
      ],
    },
  },
  layer(["src/excel/**/*.ts"], ["core", "excel"], "src/excel imports the core only.", [
    { group: ["exceljs", ...UI], message: "src/excel talks to Office.js only." },
  ]),
  layer(["src/xlsx/**/*.ts"], ["core", "xlsx"], "src/xlsx imports the core only.", [
    { group: UI, message: "src/xlsx has no user interface." },
  ]),
  layer(
    ["src/taskpane/**/*.{ts,tsx}"],
    ["core", "excel", "taskpane"],
    "src/taskpane imports the core and the Excel shell, never the ribbon commands, the CLI or dev/.",
    [
      {
        group: ["exceljs", ...NODE],
        message: "The pane runs in Office's webview: no exceljs or Node.",
      },
    ]
  ),
  layer(
    ["src/commands/**/*.ts"],
    ["core", "excel", "commands"],
    "src/commands imports the core and the Excel shell, never the task pane, the CLI or dev/.",
    [
      {
        group: ["exceljs", ...UI, ...NODE],
        message: "The ribbon's bundle loads no React, exceljs or Node.",
      },
    ]
  ),
  layer(
    ["src/cli/**/*.ts"],
    ["core", "xlsx", "cli"],
    "src/cli imports the core and the .xlsx shell only.",
    [{ group: UI, message: "The command line has no React." }]
  ),
  layer(
    ["src/web/**/*.{ts,tsx}"],
    ["core", "xlsx", "taskpane", "web"],
    "src/web (网页版) imports the core, the .xlsx shell and the task pane's components, never the ribbon, the CLI or dev/.",
    [{ group: NODE, message: "The web page runs in a browser: no Node." }]
  ),
  layer(
    ["dev/fake-office/**/*.ts"],
    ["core", "fake-office"],
    "The fake host stands in for Office: it imports the core only.",
    [
      {
        group: ["exceljs", ...UI, ...NODE],
        message: "The fake host runs in a browser too: no exceljs, React or Node.",
      },
    ]
  ),
  {
    // The fake host also runs in the browser playground.
    files: ["dev/fake-office/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "process", "Buffer", "require"] },
  },
  layer(
    ["dev/playground/**/*.{ts,tsx}"],
    ["core", "excel", "taskpane", "fake-office", "playground"],
    "The playground shows the real pane over the fake host: core, excel, taskpane and dev/ only."
  ),
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  }
);
