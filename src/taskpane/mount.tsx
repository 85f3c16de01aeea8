import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App } from "./App";
import { OutsideOffice } from "./OutsideOffice";
import type { Lang, PaneActions } from "./pane-actions";
import type { InitialView } from "./theme";

export interface MountOptions {
  dark: boolean;
  view: InitialView;
  year: number;
  /** The language saved with the document, else Office's. */
  language: Lang;
}

/** The element the page gives the pane, or a new one when the page has none. */
export function findContainer(id = "container"): HTMLElement {
  const existing = document.getElementById(id);
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = id;
  document.body.appendChild(created);
  return created;
}

/** Renders the pane (the dark theme loads first when Office is dark). */
export async function mountPane(
  container: HTMLElement,
  actions: PaneActions,
  options: MountOptions
): Promise<void> {
  // The dark theme's tokens load only when Office is dark: most panes never need them.
  const theme: Theme = options.dark ? (await import("./dark-theme")).webDarkTheme : webLightTheme;
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App
        actions={actions}
        initialLanguage={options.language}
        initialView={options.view}
        year={options.year}
      />
    </FluentProvider>
  );
}

/** Renders the notice that the add-in runs inside Excel. */
export function mountOutsideOffice(container: HTMLElement): void {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <OutsideOffice />
    </FluentProvider>
  );
}
