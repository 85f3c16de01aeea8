import type { Lang } from "../core";
import type { CliIo } from "./io";
import { label } from "./messages";

/** A one-line progress indicator on stderr, shown only on a terminal and only for several files. */
export interface Progress {
  step(index: number, file: string): void;
  /** Removes the line, before other output or at the end. */
  clear(): void;
}

const CLEAR_LINE = "\r\u001b[K";

export function createProgress(io: CliIo, total: number, lang: Lang): Progress {
  const shown = io.stderr.isTTY === true && total > 1;
  if (!shown) return { step: () => undefined, clear: () => undefined };
  let visible = false;
  return {
    step(index, file) {
      const name = file.length > 50 ? `…${file.slice(-49)}` : file;
      io.stderr.write(`${CLEAR_LINE}${label("checking", lang)} ${index + 1}/${total} ${name}`);
      visible = true;
    },
    clear() {
      if (visible) io.stderr.write(CLEAR_LINE);
      visible = false;
    },
  };
}
