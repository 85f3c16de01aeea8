// npm start on Windows, macOS and Linux: the npx command lines scripts/start.js builds must give
// office-addin-debugging each argument whole (issue 15: on Windows "npm run dev-server" arrived as
// three arguments, and the dev server never started).

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script node runs
const start = require("../../scripts/start.js") as {
  npxCommand(platform: string, args: string[]): { command: string; args: string[]; shell: boolean };
  quoteForCmd(arg: string): string;
  debuggingArgs(port: number | string): string[];
};

/**
 * Splits a Windows command line as the C runtime does for a program's argv (CommandLineToArgvW:
 * 2n backslashes before a quote are n backslashes, 2n+1 are n and a literal quote).
 */
function windowsArgv(line: string): string[] {
  const args: string[] = [];
  let current = "";
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "\\") {
      let n = 0;
      while (line[i + n] === "\\") n++;
      if (line[i + n] === '"') {
        current += "\\".repeat(Math.floor(n / 2));
        if (n % 2 === 1) current += '"';
        else inQuotes = !inQuotes;
        i += n;
      } else {
        current += "\\".repeat(n);
        i += n - 1;
      }
      started = true;
    } else if (c === '"') {
      inQuotes = !inQuotes;
      started = true;
    } else if (c === " " && !inQuotes) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}

const ARGS = start.debuggingArgs(3000);

describe("npm start's npx command lines", () => {
  test("office-addin-debugging gets the dev server's command as one argument", () => {
    expect(ARGS).toContain("npm run dev-server");
    expect(ARGS.slice(-2)).toEqual(["--dev-server-port", "3000"]);
  });

  test.each(["linux", "darwin"])(
    "on %s npx is run without a shell, each argument as it is",
    (p) => {
      expect(start.npxCommand(p, ARGS)).toEqual({
        command: "npx",
        args: ["--yes", ...ARGS],
        shell: false,
      });
    }
  );

  test("on Windows the one command line splits back into the same arguments", () => {
    const built = start.npxCommand("win32", ARGS);
    expect(built.shell).toBe(true);
    expect(built.args).toEqual([]);
    expect(windowsArgv(built.command)).toEqual(["npx.cmd", "--yes", ...ARGS]);
    expect(built.command).toContain('--dev-server "npm run dev-server"');
  });

  test.each([
    "plain",
    "npm run dev-server",
    'say "hi"',
    "C:\\Program Files\\Excel\\",
    "trailing\\\\",
    "",
    "a & b | c",
  ])("quotes %j so that it arrives whole", (arg) => {
    expect(windowsArgv(`tool ${start.quoteForCmd(arg)} next`)).toEqual(["tool", arg, "next"]);
  });
});
