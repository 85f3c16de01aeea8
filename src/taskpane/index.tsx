import { lazyActions } from "./lazy-actions";
import { findContainer, mountOldExcel, mountOutsideOffice, mountPane } from "./mount";
import { documentLanguage } from "../excel/document-language";
import { FLOOR_VERSION } from "../excel/host";
import { isDarkColor, readInitialView, startView } from "./theme";
import { langOfDisplay } from "../core/lang";

function start(): void {
  const container = findContainer();
  if (typeof Office === "undefined") {
    mountOutsideOffice(container);
    return;
  }
  void Office.onReady((info) => {
    const view = startView(
      info.host,
      (name, version) => Office.context.requirements.isSetSupported(name, version),
      FLOOR_VERSION
    );
    if (view === "outside-office") return mountOutsideOffice(container);
    if (view === "old-excel") return mountOldExcel(container, FLOOR_VERSION);
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
