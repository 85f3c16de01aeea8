import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OldExcel } from "../../src/taskpane/OutsideOffice";

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

describe("the notice for an Excel too old for the pane", () => {
  it("names the ExcelApi version and the Office versions needed, and the command-line route", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OldExcel version="1.7" />
      </FluentProvider>
    );
    const text = screen.getByTestId("old-excel").textContent ?? "";
    expect(text).toContain("此版本的 Excel 无法运行任务窗格");
    expect(text).toContain("ExcelApi 1.7");
    expect(text).toContain("Microsoft 365、Office 2021");
    expect(text).toContain("selfeval check");
    expect(text).toContain("This version of Excel cannot run the task pane");
    expect(text).toContain("Volume-licensed Office 2016/2019 is not supported");
  });
});
