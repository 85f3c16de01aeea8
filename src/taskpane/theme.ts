/** Whether an Office theme colour ("#1f1f1f", "1F1F1F") is dark enough to need the dark Fluent theme. */
export function isDarkColor(color: string | undefined): boolean {
  const hex = color?.trim().replace(/^#/, "");
  if (!hex || !/^[0-9a-fA-F]{6}$/.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  // Relative luminance as WCAG defines it (sRGB approximated by a 2.2 gamma is enough here).
  const luminance = 0.2126 * r ** 2.2 + 0.7152 * g ** 2.2 + 0.0722 * b ** 2.2;
  return luminance < 0.2;
}

export type InitialView = "validate" | "template" | "settings";

/** The view the page asks for with `?view=template` (or settings); validation otherwise. */
export function readInitialView(search: string): InitialView {
  const view = new URLSearchParams(search).get("view");
  return view === "template" || view === "settings" ? view : "validate";
}

/** What the page shows at start: the pane, or why it cannot run here. */
export type StartView = "pane" | "outside-office" | "old-excel";

/**
 * Decides from Office.onReady's host ("Excel", as Office.HostType.Excel is) and the requirement-set check: outside Excel a notice; in
 * an Excel without the shell's floor (ExcelApi `floor`) a notice naming it, not a pane whose
 * every button would fail.
 */
export function startView(
  host: unknown,
  isSetSupported: (name: string, minVersion: string) => boolean,
  floor: string
): StartView {
  if (host !== "Excel") return "outside-office";
  return isSetSupported("ExcelApi", floor) ? "pane" : "old-excel";
}
