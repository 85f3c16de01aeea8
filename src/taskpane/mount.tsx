import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App, preloadResults } from "./App";
import { OldExcel, OutsideOffice } from "./OutsideOffice";
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

/** A pane hidden by Office gets no animation frames: past this, it counts as shown anyway. */
const SHOWN_FALLBACK_MS = 1000;

/** Calls `onShown` once the frame holding the first render has been painted. */
function WhenShown({ onShown }: { onShown: () => void }) {
  useEffect(() => {
    // Effects run after the commit; a task queued from the next animation frame runs after
    // that frame is painted.
    const frame = requestAnimationFrame(() => setTimeout(onShown, 0));
    const fallback = setTimeout(onShown, SHOWN_FALLBACK_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
    };
  }, [onShown]);
  return null;
}

/**
 * Renders the pane (the dark theme loads first when Office is dark); settles once its first
 * frame is on screen, so that later work can wait for it.
 */
export async function mountPane(
  container: HTMLElement,
  actions: PaneActions,
  options: MountOptions
): Promise<void> {
  // The dark theme's tokens load only when Office is dark: most panes never need them.
  const theme: Theme = options.dark ? (await import("./dark-theme")).webDarkTheme : webLightTheme;
  await new Promise<void>((resolve) =>
    createRoot(container).render(
      <FluentProvider theme={theme}>
        <App
          actions={actions}
          initialLanguage={options.language}
          initialView={options.view}
          year={options.year}
        />
        <WhenShown onShown={resolve} />
      </FluentProvider>
    )
  );
  preloadResults();
}

/** Renders the notice that the add-in runs inside Excel. */
export function mountOutsideOffice(container: HTMLElement): void {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <OutsideOffice />
    </FluentProvider>
  );
}

/** Renders the notice that this Excel lacks ExcelApi `version`, in place of a pane that would fail. */
export function mountOldExcel(container: HTMLElement, version: string): void {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <OldExcel version={version} />
    </FluentProvider>
  );
}
