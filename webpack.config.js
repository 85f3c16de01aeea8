/* eslint-disable @typescript-eslint/no-require-imports -- webpack loads its config as CommonJS */
// Builds the add-in: the task pane, the ribbon commands (no React), the commands' result dialog,
// and in development only the browser playground from dev/. office.js is served from our own
// origin, copied from @microsoft/office-js, so the add-in works where the Office CDN is unreachable.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { parseAddinUrl, rewriteManifest } = require("./scripts/build-manifest");

const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** The ECMAScript edition every page is compiled to (see `target` below). */
const TARGET = "es2017";

/**
 * The ES2019+ built-ins our code or its packages call unguarded that EdgeHTML lacks (globalThis,
 * Array.prototype.flat/flatMap, Object.fromEntries, String.prototype.trimStart/trimEnd),
 * installed by core-js before each page's own code. core-js leaves a native implementation
 * alone, so current webviews run their own. (React and Fluent UI test for queueMicrotask and
 * Promise.allSettled before use.) Single modules, not core-js's entry points, which bring much more.
 */
const LEGACY_WEBVIEW_POLYFILLS = [
  "core-js/modules/es.global-this",
  "core-js/modules/es.array.flat",
  "core-js/modules/es.array.flat-map",
  "core-js/modules/es.object.from-entries",
  "core-js/modules/es.string.trim-start",
  "core-js/modules/es.string.trim-end",
];

/**
 * The files office.js loads at run time from its own folder, for Excel only: the host file for
 * each platform (excel-<platform>-<version>[-core].js), the string table of each Office UI
 * language (with en-us as its fallback), the Office 2013 mapping table and its telemetry
 * helpers. Debug builds and the other Office hosts are left out.
 */
const OFFICE_JS_FILES =
  /^(office\.js|o15apptofilemappingtable\.js|excel[\w.-]*\.js|[a-z]{2,3}(-[a-z0-9]{2,4}){0,2}\/office_strings\.js|telemetry\/oteljs_agave\.js|ariatelemetry\/aria-web-telemetry\.js)$/;

/** Whether a path relative to the office-js dist folder is one office.js may load for Excel. */
function isOfficeJsFile(relative) {
  const posix = relative.split(path.sep).join("/");
  return OFFICE_JS_FILES.test(posix) && !posix.endsWith(".debug.js");
}

/**
 * The Content-Security-Policy of every page. Scripts come only from our origin (office.js
 * included, unless the CDN is chosen); no eval. Fluent UI's Griffel writes its rules into
 * <style> elements at run time, which needs 'unsafe-inline' for styles (not for scripts).
 */
function contentSecurityPolicy({ cdn, dev }) {
  const scripts = ["'self'", ...(cdn ? [OFFICE_CDN] : [])];
  // The dev server's live reload talks over a WebSocket to the same host.
  const connect = ["'self'", ...(dev ? ["ws:", "wss:"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * The dev server's https setting: the certificate office-addin-dev-certs installs and trusts
 * (npm start does that on Windows and macOS), else webpack-dev-server's own self-signed one,
 * which a browser accepts after a warning but Excel desktop does not.
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return "https";
  const options = Object.fromEntries(
    Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])
  );
  return { type: "https", options };
}

/**
 * One html-webpack-plugin page. The CSP meta has to come before the first script it governs,
 * so each template puts `<%= csp %>` at the top of its head; a template without one gets it
 * from the plugin (after the template's own head content, so only as a fallback).
 */
function page({ name, template, chunks, csp, officeJsUrl, title }) {
  const ownsCsp = fs.readFileSync(path.join(__dirname, template), "utf8").includes("<%= csp %>");
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    title,
    templateParameters: { officeJsUrl, csp },
    meta: ownsCsp
      ? {}
      : { "Content-Security-Policy": { "http-equiv": "Content-Security-Policy", content: csp } },
    scriptLoading: "defer",
  });
}

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  // A wrong deployment address stops the build at once, not after bundling.
  if (process.env.ADDIN_URL) parseAddinUrl(process.env.ADDIN_URL);
  const cdn = process.env.OFFICE_JS === "cdn";
  const officeJsUrl = cdn ? `${OFFICE_CDN}/lib/1/hosted/office.js` : "office-js/office.js";
  const csp = contentSecurityPolicy({ cdn, dev });
  const pages = [
    page({
      name: "taskpane",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      csp,
      officeJsUrl,
      title: "绩效自评助手",
    }),
    page({
      name: "commands",
      template: "./src/commands/commands.html",
      chunks: ["commands"],
      csp,
      officeJsUrl,
      title: "绩效自评助手",
    }),
    page({
      name: "result",
      template: "./src/commands/result.html",
      chunks: ["result"],
      csp,
      officeJsUrl,
      title: "校验结果",
    }),
    // 网页版: the pane beside a workbook opened from a file, for spreadsheets that cannot run the
    // add-in (WPS, Office 2016/2019). No office.js; it works from any web server and from file://.
    page({
      name: "web",
      template: "./src/web/web.html",
      chunks: ["web"],
      csp,
      officeJsUrl,
      title: "绩效自评助手 · 网页版",
    }),
  ];
  // The playground is a development tool (dev/): a development build serves it beside the
  // add-in, a production build never carries it. It simulates Office, so it loads no office.js.
  if (dev) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: "playground.html",
        chunks: ["playground"],
        scriptLoading: "defer",
        templateContent: `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/png" href="assets/icon-32.png">
<title>绩效自评助手 · Playground</title></head><body style="margin:0"><div id="container"></div></body></html>`,
      })
    );
  }

  return {
    mode: dev ? "development" : "production",
    // ES2017: the syntax of the oldest webview Office still runs this add-in in (EdgeHTML, in
    // Microsoft 365 builds 16.0.11629-16.0.13530 and retail Office 2016/2019 without WebView2;
    // docs/deploy.md). ts-loader compiles our code to it, esbuild-loader the dependencies, and
    // webpack's runtime follows this target; test/build/syntax.test.ts parses every emitted
    // script as ES2017.
    target: ["web", TARGET],
    // No `global` shim: at ES2017 webpack would define it with a `new Function("return this")`
    // fallback (globalThis is ES2020), which the CSP forbids; no module of ours needs it.
    node: { global: false },
    // "eval-*" source maps would need 'unsafe-eval'; plain source maps work under the CSP.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: [...LEGACY_WEBVIEW_POLYFILLS, "./src/taskpane/index.tsx"],
      commands: [...LEGACY_WEBVIEW_POLYFILLS, "./src/commands/commands.ts"],
      result: [...LEGACY_WEBVIEW_POLYFILLS, "./src/commands/result.ts"],
      // 网页版 serves offices whose browsers are as old as their Office.
      web: [...LEGACY_WEBVIEW_POLYFILLS, "./src/web/index.tsx"],
      ...(dev ? { playground: "./dev/playground/index.tsx" } : {}),
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The web page imports the .xlsx shell through its index, whose file-system functions
      // (the CLI's) it never calls: Node's modules resolve to nothing in the browser.
      fallback: { fs: false, path: false, zlib: false },
    },
    module: {
      rules: [
        {
          // zod's run-time code generation, which the CSP forbids: see the loader.
          test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/,
          loader: path.join(__dirname, "scripts/webpack/no-function-constructor-loader.js"),
        },
        {
          // exceljs's and jszip's browser builds carry a setImmediate polyfill that would compile
          // a string with the Function constructor (never called with one here): see the loader.
          // jszip is ours too: the .xlsx shell reads the package before exceljs (parse-workbook.ts).
          test: /[\\/]node_modules[\\/](exceljs[\\/]dist[\\/]exceljs|jszip[\\/]dist[\\/]jszip)(\.min)?\.js$/,
          loader: path.join(__dirname, "scripts/webpack/no-function-constructor-loader.js"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            // ES modules let webpack tree-shake; tsconfig.json keeps CommonJS for jest.
            compilerOptions: { module: "es2020", target: TARGET, noEmit: false, sourceMap: dev },
          },
        },
        {
          // Dependencies (React 19, Fluent UI 9, zod 4) ship ?., ??, object spread and class
          // fields, which EdgeHTML rejects as a syntax error: a blank pane. esbuild lowers them;
          // a regular expression using newer syntax becomes a RegExp call, which parses. "post":
          // after the zod loader above, which edits zod's source as the package ships it.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          enforce: "post",
          loader: "esbuild-loader",
          options: { target: TARGET },
        },
        {
          // After TypeScript, Griffel turns the pane's makeStyles into precomputed CSS, as Fluent
          // UI ships its own components: the pane computes no styles at start and its bundle
          // carries no CSS compiler. The playground (development only, and using
          // makeStaticStyles, which Fluent does not re-export precomputed) keeps run-time styles.
          test: /\.tsx?$/,
          include: [
            path.join(__dirname, "src/taskpane"),
            path.join(__dirname, "src/commands"),
            path.join(__dirname, "src/web"),
          ],
          enforce: "post",
          loader: "@griffel/webpack-loader",
        },
      ],
    },
    optimization: {
      // React and Fluent UI in their own chunks: the pane's initial JS is the sum of its
      // entry's chunks, which test/build measures. The commands entry shares none of them.
      splitChunks: { chunks: "all" },
    },
    // Budgets are held in gzip by test/build/bundle-size.test.ts, not by webpack's raw-size hints.
    performance: { hints: false },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/support.html" },
          { from: "assets/pages.css", to: "assets/pages.css" },
          // ES5, shipped as written: it must run where the bundles cannot (see the file).
          {
            from: "assets/legacy-webview.js",
            to: "assets/legacy-webview.js",
            info: { minimized: true },
          },
          // The playground opens the example workbook from its own origin (development only).
          ...(dev
            ? [{ from: "examples/*.xlsx", to: "examples/[name][ext]", noErrorOnMissing: true }]
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              rewriteManifest(content.toString("utf8"), process.env.ADDIN_URL),
          },
          ...(cdn
            ? []
            : [
                // Byte for byte: its licence allows redistribution only in the original form,
                // so the minifier must not touch it (test/build/office-js.test.ts compares).
                {
                  from: path.join(OFFICE_JS_DIR, "dist"),
                  to: "office-js",
                  filter: (file) =>
                    isOfficeJsFile(path.relative(path.join(OFFICE_JS_DIR, "dist"), file)),
                  info: { minimized: true },
                },
                {
                  from: path.join(OFFICE_JS_DIR, "LICENSE.md"),
                  to: "office-js/LICENSE.md",
                  info: { minimized: true },
                },
              ]),
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      // Office sideloading needs https; the browser playground is happy with http on loopback.
      server: process.env.DEV_HTTP === "1" ? "http" : devServerHttps(),
      static: false,
      hot: false,
      headers: { "Cache-Control": "no-store" },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.isOfficeJsFile = isOfficeJsFile;
module.exports.TARGET = TARGET;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
