import { runCheck } from "./check";
import { EXIT, type ExitCode } from "./exit-codes";
import { processIo, type CliIo } from "./io";
import { cliMessage } from "./messages";
import { runNew } from "./new";
import { parseArgs } from "./parse-args";
import { runProfiles } from "./profiles";

/** Runs one command line and returns its exit code; the one place errors are caught. */
export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const parsed = parseArgs(argv);
    switch (parsed.kind) {
      case "info":
        io.stdout.write(parsed.text);
        return EXIT.ok;
      case "usage":
        // Before the language is known, a usage error is worded in both.
        io.stderr.write(
          `${parsed.text}${cliMessage("usageHint", {}, "zh-CN")} ${cliMessage("usageHint", {}, "en-US")}\n`
        );
        return EXIT.failure;
      case "check":
        return await runCheck(parsed.options, io);
      case "new":
        return await runNew(parsed.options, io);
      case "profiles":
        return runProfiles(parsed.options, io);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${cliMessage("internalError", { message }, "zh-CN")}\n`);
    if (io.env.DEBUG === "1" && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return EXIT.failure;
  }
}

/** A reader that stops early (`selfeval check | head`) closes the pipe: stop quietly, not with a stack trace. */
function quitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
}

/** The `selfeval` bin: runs process.argv and sets the exit code (output is flushed, not cut off). */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  quitOnClosedPipe(process.stdout);
  quitOnClosedPipe(process.stderr);
  process.exitCode = await run(argv, processIo());
}
