import path from "path";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { SAMPLE } from "./run-cli";

// Each test starts node processes; on a busy machine one run takes seconds.
jest.setTimeout(60_000);

/** The CLI in-process, for what a child process cannot show: a terminal, a crash. */
function memoryIo(
  options: { tty?: boolean; env?: Record<string, string>; stdoutThrows?: boolean } = {}
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        if (options.stdoutThrows) throw new Error("disk full");
        out.push(text);
      },
    },
    stderr: { write: (text: string) => err.push(text), isTTY: options.tty ?? false },
    cwd: path.resolve(__dirname, "../.."),
    env: options.env ?? {},
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("running the CLI in-process", () => {
  it("shows progress on a terminal for several files, and clears it before each output", async () => {
    const { io, err, out } = memoryIo({ tty: true });
    const code = await run(["check", SAMPLE, SAMPLE], io);
    expect(code).toBe(0);
    const shown = err();
    expect(shown).toContain(`\r\u001b[K正在检查 1/2 ${SAMPLE.length > 50 ? "…" : ""}`);
    expect(shown).toContain("正在检查 2/2");
    expect(shown.endsWith("\r\u001b[K")).toBe(true);
    expect(out()).toContain("共检查 2 个工作簿");
  });

  it("stays quiet when stderr is not a terminal, or for one file", async () => {
    const piped = memoryIo({ tty: false });
    await run(["check", SAMPLE, SAMPLE], piped.io);
    expect(piped.err()).toBe("");
    const single = memoryIo({ tty: true });
    await run(["check", SAMPLE], single.io);
    expect(single.err()).toBe("");
  });

  it("turns an unexpected fault into one line, with the stack only when DEBUG=1", async () => {
    const quiet = memoryIo({ stdoutThrows: true });
    expect(await run(["check", SAMPLE], quiet.io)).toBe(2);
    expect(quiet.err()).toContain("内部错误：disk full（设置 DEBUG=1 可查看详细信息");
    expect(quiet.err()).not.toMatch(/^\s+at /m);
    const debug = memoryIo({ stdoutThrows: true, env: { DEBUG: "1" } });
    expect(await run(["check", SAMPLE], debug.io)).toBe(2);
    expect(debug.err()).toMatch(/^\s+at /m);
  });

  it("prints help on stdout with exit code 0", async () => {
    const { io, out } = memoryIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(out()).toContain("Usage: selfeval");
    expect(out()).toContain("退出码 (exit codes)");
  });
});
