import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { findContainer } from "../../src/taskpane/mount";
import { readInitialView } from "../../src/taskpane/theme";
import { Playground } from "./Playground";

/** Development only: the playground page is built by the dev configuration and never shipped. */
createRoot(findContainer()).render(
  <FluentProvider theme={webLightTheme}>
    <Playground
      view={readInitialView(window.location.search)}
      year={new Date().getFullYear()}
      dark={new URLSearchParams(window.location.search).get("theme") === "dark"}
    />
  </FluentProvider>
);
