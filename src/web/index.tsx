import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langOfDisplay } from "../core/lang";
import { findContainer } from "../taskpane/mount";
import { preloadResults } from "../taskpane/App";
import { preloadEngine, WebPage } from "./WebPage";

/** 网页版: renders the page, then fetches the engine and the results' view while the user picks a file. */
createRoot(findContainer()).render(
  <FluentProvider theme={webLightTheme}>
    <WebPage language={langOfDisplay(navigator.language)} year={new Date().getFullYear()} />
  </FluentProvider>
);
// After the first frame: the chunks are fetched while the user reads the page.
requestAnimationFrame(() =>
  setTimeout(() => {
    preloadEngine();
    preloadResults();
  }, 0)
);
