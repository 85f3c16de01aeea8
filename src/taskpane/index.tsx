import { lazyActions } from "./lazy-actions";
import { findContainer, mountOutsideOffice, mountPane } from "./mount";
import { documentLanguage } from "../excel/document-language";
import { isDarkColor, readInitialView } from "./theme";
import { langOfDisplay } from "../core/lang";

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
    const saved = documentLanguage(Office.context.document.settings);
    const language = saved ?? langOfDisplay(Office.context.displayLanguage);
    // The engine and the Excel shell arrive in their own chunk once the pane has painted.
    let painted: () => void = () => undefined;
    const actions = lazyActions(
      () => import("./excel-pane-actions").then((m) => m.createExcelPaneActions({ language })),
      new Promise<void>((resolve) => (painted = resolve))
    );
    void mountPane(container, actions, {
      dark: isDarkColor(Office.context.officeTheme?.bodyBackgroundColor),
      view: readInitialView(window.location.search),
      year: new Date().getFullYear(),
      language,
    }).then(() => painted());
  });
}

start();
