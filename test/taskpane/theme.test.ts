import { isDarkColor, readInitialView } from "../../src/taskpane/theme";

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
});
