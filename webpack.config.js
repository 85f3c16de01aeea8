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
    // Office's webviews (WebView2, WKWebView, current browsers) run ES2020; this also lets the
    // runtime use globalThis instead of a `new Function("return this")` fallback.
    target: ["web", "es2020"],
    // "eval-*" source maps would need 'unsafe-eval'; plain source maps work under the CSP.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      result: "./src/commands/result.ts",
      web: "./src/web/index.tsx",
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
          // exceljs's browser build carries a setImmediate polyfill that would compile a string
          // with the Function constructor (never called with one here): see the loader.
          test: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
          loader: path.join(__dirname, "scripts/webpack/no-function-constructor-loader.js"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            // ES modules let webpack tree-shake; tsconfig.json keeps CommonJS for jest.
            compilerOptions: { module: "es2020", noEmit: false, sourceMap: dev },
          },
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
                {
                  from: path.join(OFFICE_JS_DIR, "dist"),
                  to: "office-js",
                  filter: (file) =>
                    isOfficeJsFile(path.relative(path.join(OFFICE_JS_DIR, "dist"), file)),
                },
                { from: path.join(OFFICE_JS_DIR, "LICENSE.md"), to: "office-js/LICENSE.md" },
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
module.exports.contentSecurityPolicy = contentSecurityPolicy;
