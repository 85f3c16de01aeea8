import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { MOF_2020 } from "../core/profile";
import { App } from "./App";
import { OutsideOffice } from "./OutsideOffice";
import { toPaneFault, type Lang, type PaneActions, type PaneSettings } from "./pane-actions";
import type { Status } from "./StatusBar";
import type { InitialView } from "./theme";

export interface MountOptions {
  dark: boolean;
  view: InitialView;
  year: number;
  /** Language when the document has no saved settings yet. */
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

/** Loads the document's settings and renders the pane; a failed load shows its fault in the pane. */
export async function mountPane(
  container: HTMLElement,
  actions: PaneActions,
  options: MountOptions
): Promise<void> {
  let settings: PaneSettings = { profile: MOF_2020, language: options.language };
  let initialStatus: Status | null = null;
  try {
    settings = await actions.loadSettings();
  } catch (error) {
    initialStatus = { kind: "fault", fault: toPaneFault(error) };
  }
  createRoot(container).render(
    <FluentProvider theme={options.dark ? webDarkTheme : webLightTheme}>
      <App
        actions={actions}
        initialSettings={settings}
        initialView={options.view}
        initialStatus={initialStatus}
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
