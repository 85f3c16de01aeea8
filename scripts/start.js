/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script that node runs directly */
// npm start / npm stop.
// Windows and macOS: sideload into Excel desktop with office-addin-debugging, fetched by npx
// (not a dependency: it needs a native keytar build and cannot sideload on Linux).
// Elsewhere: build the browser playground (dev/playground, in the development build only),
// serve it on localhost and print its address.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(os.tmpdir(), "selfeval-playground.pid");
const stopping = process.argv.includes("--stop");
const desktop = process.platform === "win32" || process.platform === "darwin";

/**
 * One argument quoted for cmd.exe and the C runtime's argument parser: left as it is when it
 * has no space or special character, else in double quotes, with quotes and the backslashes
 * before them escaped as the runtime reads them (CommandLineToArgvW's rules).
 */
function quoteForCmd(arg) {
  if (arg !== "" && /^[\w.:/\\=@+-]+$/.test(arg)) return arg;
  const escaped = arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, "$1$1");
  return `"${escaped}"`;
}

/**
 * How to run `npx --yes <args>` on a platform, so that each argument reaches the tool whole.
 * Windows: npx is a .cmd script, which Node runs only through a shell (since the fix of
 * CVE-2024-27980); with `shell: true` Node joins the arguments with spaces unquoted, so
 * "npm run dev-server" would arrive as three arguments. They are quoted here instead and given
 * as one command line. Elsewhere npx is run directly, each argument passed as it is.
 */
function npxCommand(platform, args) {
  const all = ["--yes", ...args];
  if (platform === "win32") {
    return { command: ["npx.cmd", ...all].map(quoteForCmd).join(" "), args: [], shell: true };
  }
  return { command: "npx", args: all, shell: false };
}

/** Runs an npx tool in the foreground and exits with its status. */
function runNpx(args) {
  const { command, args: argv, shell } = npxCommand(process.platform, args);
  const result = spawnSync(command, argv, { cwd: ROOT, stdio: "inherit", shell });
  if (result.error) {
    console.error(`无法运行 npx ${args.join(" ")}:${result.error.message}`);
    console.error(`Could not run npx ${args.join(" ")}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** The arguments of office-addin-debugging that sideload the add-in and start the dev server. */
function debuggingArgs(port) {
  return [
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(port),
  ];
}

function startDesktop() {
  // A trusted localhost certificate: webpack.config.js uses it when it exists.
  const certs = runNpx(["office-addin-dev-certs", "install"]);
  if (certs !== 0) return certs;
  return runNpx(debuggingArgs(process.env.PORT || 3000));
}

function stopDesktop() {
  return runNpx(["office-addin-debugging", "stop", "manifest.xml"]);
}

async function startPlayground() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || "localhost";
  const address = `http://${host}:${port}/playground.html`;
  const compiler = webpack(config);
  let announced = false;
  compiler.hooks.done.tap("selfeval-start", (stats) => {
    if (stats.hasErrors()) {
      console.error("构建失败，见上方错误。 / The build failed; see the errors above.");
      return;
    }
    if (!announced) {
      announced = true;
      console.log(
        `\n绩效自评助手演示页面 / playground: ${address}\n按 Ctrl+C 或运行 npm stop 结束。 / Ctrl+C or npm stop ends it.\n`
      );
    }
  });
  // Plain http on loopback: browsers treat localhost as secure, and no certificate is needed.
  const server = new WebpackDevServer(
    { ...config.devServer, server: "http", host, port, open: false },
    compiler
  );
  try {
    await server.start();
  } catch (error) {
    console.error(`无法在端口 ${port} 上启动（可用 PORT=… 换一个端口）：${error.message}`);
    console.error(`Could not listen on port ${port} (set PORT=… to use another): ${error.message}`);
    return 1;
  }
  fs.writeFileSync(PID_FILE, String(process.pid));
  const shutdown = () => {
    fs.rmSync(PID_FILE, { force: true });
    server.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  return null;
}

function stopPlayground() {
  let pid;
  try {
    pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    console.log("演示页面没有在运行。 / The playground is not running.");
    return 0;
  }
  try {
    process.kill(pid, "SIGTERM");
    console.log(`已结束演示页面（进程 ${pid}）。 / Stopped the playground (process ${pid}).`);
  } catch {
    console.log("演示页面已经结束。 / The playground had already stopped.");
  }
  fs.rmSync(PID_FILE, { force: true });
  return 0;
}

async function main() {
  if (desktop) return stopping ? stopDesktop() : startDesktop();
  return stopping ? stopPlayground() : startPlayground();
}

if (require.main === module) {
  main().then(
    (code) => {
      if (code !== null) process.exit(code);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}

module.exports = { npxCommand, quoteForCmd, debuggingArgs };
