import { createExcelPaneActions } from "./excel-pane-actions";
import { findContainer, mountOutsideOffice, mountPane } from "./mount";
import { isDarkColor, readInitialView } from "./theme";
import type { Lang } from "./pane-actions";

/** Office's UI language mapped onto the pane's two languages (zh-CN unless Office speaks English). */
function readOfficeLanguage(): Lang {
  const display = Office.context.displayLanguage ?? "";
  return display.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

function start(): void {
  const container = findContainer();
  if (typeof Office === "undefined") {
    mountOutsideOffice(container);
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      mountOutsideOffice(container);
      return;
    }
    const language = readOfficeLanguage();
    void mountPane(container, createExcelPaneActions({ language }), {
      dark: isDarkColor(Office.context.officeTheme?.bodyBackgroundColor),
      view: readInitialView(window.location.search),
      year: new Date().getFullYear(),
      language,
    });
  });
}

start();
