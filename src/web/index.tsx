import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langOfDisplay } from "../core/lang";
import { storedLanguage } from "../core/stored-settings";
import { findContainer } from "../taskpane/mount";
import { preloadResults } from "../taskpane/App";
import { pageStorage, SETTINGS_KEY } from "./page-storage";
import { preloadEngine, WebPage } from "./WebPage";

// The language chosen in 设置 on an earlier visit, else the browser's.
const language =
  storedLanguage(pageStorage().read(SETTINGS_KEY)) ?? langOfDisplay(navigator.language);

/** 网页版: renders the page, then fetches the engine and the results' view while the user picks a file. */
createRoot(findContainer()).render(
  <FluentProvider theme={webLightTheme}>
    <WebPage language={language} year={new Date().getFullYear()} />
  </FluentProvider>
);
// After the first frame: the chunks are fetched while the user reads the page.
requestAnimationFrame(() =>
  setTimeout(() => {
    preloadEngine();
    preloadResults();
  }, 0)
);
