import { isDarkColor, readInitialView, startView } from "../../src/taskpane/theme";

describe("theme and start-up options", () => {
  it("takes Office's dark body colours for dark and its light ones for light", () => {
    expect(isDarkColor("#1F1F1F")).toBe(true);
    expect(isDarkColor("262626")).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#E6E6E6")).toBe(false);
  });

  it("falls back to light when Office gives no usable colour", () => {
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("black")).toBe(false);
  });

  it("opens the view named in the query string", () => {
    expect(readInitialView("?view=template")).toBe("template");
    expect(readInitialView("?view=settings&x=1")).toBe("settings");
    expect(readInitialView("?view=nonsense")).toBe("validate");
    expect(readInitialView("")).toBe("validate");
  });

  it("starts the pane only in an Excel that has the shell's floor", () => {
    const upTo = (max: number) => (name: string, version: string) =>
      name === "ExcelApi" && Number(version.split(".")[1]) <= max;
    expect(startView("Excel", upTo(17), "1.7")).toBe("pane");
    expect(startView("Excel", upTo(7), "1.7")).toBe("pane");
    expect(startView("Excel", upTo(2), "1.7")).toBe("old-excel");
    expect(startView(null, upTo(17), "1.7")).toBe("outside-office");
    expect(startView("Word", upTo(17), "1.7")).toBe("outside-office");
  });
});
