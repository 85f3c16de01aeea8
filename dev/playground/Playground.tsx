import { useCallback, useEffect, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { officeHost, type OfficeGlobals } from "../../src/excel/host";
import { createFakeOffice, type FakeOffice } from "../fake-office";
import { App } from "../../src/taskpane/App";
import { createExcelPaneActions } from "../../src/taskpane/excel-pane-actions";
import type { PaneActions, PaneSettings } from "../../src/taskpane/pane-actions";
import type { InitialView } from "../../src/taskpane/theme";
import { readXlsx } from "./load-xlsx";
import { useGridStyles, usePlaygroundStyles } from "./styles";
import { watchActions } from "./watch-actions";
import { WorkbookView } from "./WorkbookView";

/** The example workbook, served next to the playground by the dev build. */
export const EXAMPLE_FILE = "示例-2021.xlsx";
export const EXAMPLE_URL = `examples/${encodeURIComponent(EXAMPLE_FILE)}`;

interface Loaded {
  host: FakeOffice;
  file: string;
  /** Distinguishes loads, so the pane starts afresh for each workbook. */
  id: number;
}

interface Pane {
  actions: PaneActions;
  settings: PaneSettings;
  id: number;
  /** Counts reopenings of the pane on the same workbook. */
  opening: number;
}

async function loadWorkbook(bytes: ArrayBuffer, file: string, id: number): Promise<Loaded> {
  const workbook = await readXlsx(bytes);
  return { host: createFakeOffice({ workbook }), file, id };
}

export interface PlaygroundProps {
  view: InitialView;
  year: number;
  /** Shows the pane as in Office's dark theme (?theme=dark). */
  dark: boolean;
}

/**
 * The browser playground: a simulated workbook on the left, the real task pane on the
 * right, talking to it through the fake Office host exactly as it talks to Excel.
 */
export function Playground({ view, year, dark }: PlaygroundProps) {
  useGridStyles();
  const styles = usePlaygroundStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [pane, setPane] = useState<Pane | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [opening, setOpening] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const open = useCallback(async (read: () => Promise<ArrayBuffer>, file: string) => {
    setError(null);
    try {
      setLoaded(await loadWorkbook(await read(), file, nextId.current++));
    } catch (e) {
      setError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  const openExample = useCallback(
    () =>
      open(async () => {
        const response = await fetch(EXAMPLE_URL);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      }, EXAMPLE_FILE),
    [open]
  );

  useEffect(() => {
    void openExample();
  }, [openExample]);

  useEffect(() => {
    if (!loaded) return;
    let live = true;
    const host = officeHost(loaded.host as unknown as OfficeGlobals);
    const actions = watchActions(createExcelPaneActions({ host }), bump);
    actions
      .loadSettings()
      .then((settings) => live && setPane({ actions, settings, id: loaded.id, opening }))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [loaded, bump, opening]);

  /**
   * Closes the task pane and opens it again on the same workbook, as reopening the document
   * in Excel does: the new pane starts from the settings saved with the document (the restore
   * journal, the settings, the headers pointed out), and whatever was never saved is gone.
   */
  const reopenPane = useCallback(() => {
    loaded?.host.settings.reopen();
    setPane(null);
    setOpening((n) => n + 1);
  }, [loaded]);

  return (
    <div className={styles.root}>
      <header className={styles.bar}>
        <h1 className={styles.title}>绩效自评助手 · 浏览器演示</h1>
        <Button size="small" onClick={() => fileInput.current?.click()}>
          打开 .xlsx…
        </Button>
        <Button size="small" onClick={() => void openExample()}>
          示例工作簿
        </Button>
        <Button size="small" disabled={!loaded} onClick={reopenPane}>
          重新打开任务窗格
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void open(() => file.arrayBuffer(), file.name);
          }}
        />
        <span className={styles.file} data-testid="file-name">
          {loaded?.file ?? ""}
        </span>
        <span className={styles.note}>模拟的 Excel：工作簿只保存在本页内存中，不会上传。</span>
      </header>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>无法打开工作簿</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        {loaded ? (
          <WorkbookView workbook={loaded.host.workbook} version={version} onChange={bump} />
        ) : (
          <div className={styles.book}>
            <Spinner className={styles.loading} label="正在载入示例工作簿…" />
          </div>
        )}
        <aside className={styles.pane} aria-label="任务窗格 / task pane">
          {pane && pane.id === loaded?.id && pane.opening === opening && (
            <FluentProvider
              theme={dark ? webDarkTheme : webLightTheme}
              className={styles.paneTheme}
            >
              <App
                key={`${pane.id}:${pane.opening}`}
                actions={pane.actions}
                initialLanguage={pane.settings.language}
                initialView={view}
                year={year}
              />
            </FluentProvider>
          )}
        </aside>
      </div>
    </div>
  );
}
