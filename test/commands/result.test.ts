/**
 * @jest-environment jsdom
 */
import { renderResult } from "../../src/commands/result";

describe("the result dialog page", () => {
  test("renders the title, each line and a focused close button that reports the click", () => {
    const root = document.createElement("main");
    document.body.appendChild(root);
    const onClose = jest.fn();
    renderResult(
      root,
      { tone: "attention", title: "“项目A”校验完成", lines: ["第一行", "第二行"], close: "确定" },
      onClose
    );
    expect(root.className).toBe("tone-attention");
    expect(root.querySelector("h1")!.textContent).toBe("“项目A”校验完成");
    expect(Array.from(root.querySelectorAll("p"), (p) => p.textContent)).toEqual([
      "第一行",
      "第二行",
    ]);
    const button = root.querySelector("button")!;
    expect(document.activeElement).toBe(button);
    button.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test("text that looks like markup stays text", () => {
    const root = document.createElement("main");
    renderResult(
      root,
      { tone: "error", title: "<img src=x onerror=alert(1)>", lines: ["<b>x</b>"], close: "OK" },
      () => {}
    );
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("b")).toBeNull();
    expect(root.querySelector("h1")!.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
