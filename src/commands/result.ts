import { decodeResult } from "./command-result";
import { describeResult, type ResultText } from "./result-text";

/**
 * The result dialog of 一键校验: shows what the ribbon command passed in its query string and
 * tells the command to close it. Text goes in through textContent only, never as markup.
 */

const FALLBACK: ResultText = {
  tone: "error",
  title: "无法显示校验结果",
  lines: ["Could not show the result of the check."],
  close: "确定 / OK",
};

/** Renders the result text into the page's #result element. */
export function renderResult(root: HTMLElement, text: ResultText, onClose: () => void): void {
  root.replaceChildren();
  root.className = `tone-${text.tone}`;
  const title = document.createElement("h1");
  title.textContent = text.title;
  root.appendChild(title);
  for (const line of text.lines) {
    const p = document.createElement("p");
    p.textContent = line;
    root.appendChild(p);
  }
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = text.close;
  button.addEventListener("click", onClose);
  root.appendChild(button);
  button.focus();
}

function closeDialog(): void {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) {
    // The command that opened the dialog closes it and finishes the ribbon event.
    Office.context.ui.messageParent("close");
  } else {
    window.close();
  }
}

function start(): void {
  const root = document.getElementById("result");
  if (!root) return;
  const result = decodeResult(window.location.search);
  if (result) document.documentElement.lang = result.lang;
  renderResult(root, result ? describeResult(result) : FALLBACK, closeDialog);
}

if (typeof Office !== "undefined") {
  Office.onReady(start);
} else {
  start();
}
