import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../core/lang";
import { App } from "../taskpane/App";
import type { OpenedWorkbook, OpenStage } from "./opened";
import { SheetView } from "./SheetView";
import { pageWords } from "./words";

/**
 * 网页版: the task pane beside a workbook opened from a file, for offices whose spreadsheet
 * cannot run the add-in. The engine, exceljs and the .xlsx shell arrive in a chunk of their
 * own (web-workbook.ts), fetched once the page is on screen or at the first file.
 */

const loadEngine = () => import("./web-workbook");

/** Fetches the engine's chunk ahead of the first file. */
export function preloadEngine(): void {
  loadEngine().catch(() => undefined);
}

const OLD_FORMAT = /\.(xls|xlt|et|ett)$/i;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  privacy: {
    margin: 0,
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  stage: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
  file: { fontWeight: tokens.fontWeightSemibold },
  hidden: { display: "none" },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  book: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXXS,
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  tab: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    fontFamily: "inherit",
  },
  tabSelected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  pane: {
    width: "420px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Opened {
  workbook: OpenedWorkbook;
  /** Distinguishes files, so the pane starts afresh for each. */
  id: number;
}

type Message = { intent: "error" | "warning" | "success"; title?: string; text: string };

export interface WebPageProps {
  language: Lang;
  year: number;
}

/** The page: open a workbook, validate and score it in the pane, download it. */
export function WebPage({ language, year }: WebPageProps) {
  const styles = useStyles();
  const w = pageWords(language);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [stage, setStage] = useState<OpenStage | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [, setVersion] = useState(0);
  const [downloaded, setDownloaded] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);

  const workbook = opened?.workbook ?? null;
  useEffect(() => workbook?.subscribe(() => setVersion((v) => v + 1)), [workbook]);
  const unsaved = workbook !== null && workbook.revision() > downloaded;
  useEffect(() => {
    if (!unsaved) return;
    // The browser asks before leaving a page whose changes were not downloaded.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const open = useCallback(
    async (file: File) => {
      setMessage(null);
      setConfirming(false);
      if (OLD_FORMAT.test(file.name)) {
        setMessage({ intent: "error", title: w.openFailed, text: w.oldFormat(file.name) });
        return;
      }
      setStage("reading");
      try {
        const [engine, bytes] = await Promise.all([loadEngine(), file.arrayBuffer()]);
        const outcome = await engine.openWorkbookFile(
          new Uint8Array(bytes),
          file.name,
          language,
          setStage
        );
        if (!outcome.ok) {
          const text = outcome.oldFormat
            ? w.oldFormat(file.name)
            : `${file.name}：${outcome.message[language]}`;
          setMessage({ intent: "error", title: w.openFailed, text });
          return;
        }
        setDownloaded(0);
        setOpened({ workbook: outcome.workbook, id: nextId.current++ });
        if (outcome.workbook.unkept.length > 0) {
          const features = outcome.workbook.unkeptNames[language];
          setMessage({ intent: "warning", title: w.unkeptTitle, text: w.unkeptBody(features) });
        }
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        setMessage({ intent: "error", title: w.openFailed, text: `${file.name}：${text}` });
      } finally {
        setStage(null);
      }
    },
    [language, w]
  );

  const download = useCallback(async () => {
    if (!workbook) return;
    setConfirming(false);
    try {
      const engine = await loadEngine();
      const name = engine.scoredFileName(workbook.file);
      const revision = workbook.revision();
      const bytes = await workbook.toBytes();
      const blob = new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      // The browser has taken the file by then; the object URL would otherwise live with the page.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDownloaded(revision);
      setMessage({ intent: "success", text: w.downloaded(name) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ intent: "error", title: w.saveFailed, text });
    }
  }, [workbook, w]);

  const askDownload = () => {
    if (workbook && workbook.unkept.length > 0) setConfirming(true);
    else void download();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  };

  const sheet = workbook?.activeSheet() ?? null;
  const selection = workbook?.selection() ?? null;
  return (
    <div
      className={mergeClasses(styles.root, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="web-page"
    >
      <header className={styles.bar}>
        <h1 className={styles.title}>{w.title}</h1>
        <Button
          appearance="primary"
          onClick={() => input.current?.click()}
          disabled={stage !== null}
        >
          {w.open}
        </Button>
        <Button
          onClick={askDownload}
          disabled={!workbook || stage !== null || confirming}
          data-testid="download"
        >
          {w.download}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.xlsm,.xls,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void open(file);
          }}
        />
        {workbook && (
          <span className={styles.file} data-testid="file-name">
            {workbook.file}
            {unsaved ? ` · ${w.unsaved}` : ""}
          </span>
        )}
        <p className={styles.privacy} data-testid="privacy">
          {w.privacy}
        </p>
        <p className={styles.note}>
          {w.tagline} {w.dropHere}
        </p>
      </header>
      <div className={styles.messages}>
        {stage && (
          <p className={styles.stage} role="status">
            <progress aria-label={w.stage[stage]} />
            {w.stage[stage]}
          </p>
        )}
        {confirming && workbook && (
          <MessageBar intent="warning" layout="multiline" data-testid="unkept-confirm">
            <MessageBarBody>
              <MessageBarTitle>{w.unkeptTitle}</MessageBarTitle>
              {w.unkeptBody(workbook.unkeptNames[language])}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void download()}>
                {w.unkeptConfirm}
              </Button>
              <Button onClick={() => setConfirming(false)}>{w.unkeptCancel}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {message && !confirming && (
          <MessageBar intent={message.intent} layout="multiline" data-testid="page-message">
            <MessageBarBody>
              {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
              {message.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.main}>
        <section className={styles.book} aria-label={w.sheetView}>
          {workbook && sheet !== null ? (
            <>
              <div className={styles.tabs} role="tablist" aria-label={w.sheets}>
                {workbook.sheetNames().map((name) => (
                  <button
                    key={name}
                    type="button"
                    role="tab"
                    aria-selected={name === sheet}
                    className={mergeClasses(styles.tab, name === sheet && styles.tabSelected)}
                    onClick={() => workbook.activate(name)}
                  >
                    {name}
                  </button>
                ))}
              </div>
              <SheetView
                grid={workbook.grid(sheet)}
                selected={selection?.sheet === sheet ? selection.address : null}
                onSelect={(address) => workbook.select(sheet, address)}
                label={`${w.sheetView}: ${sheet}`}
              />
            </>
          ) : (
            <p className={styles.empty}>{w.noFile}</p>
          )}
        </section>
        {opened && (
          <aside className={styles.pane} aria-label="任务窗格 / task pane">
            <App
              key={opened.id}
              actions={opened.workbook.actions}
              initialLanguage={language}
              initialView="validate"
              year={year}
            />
          </aside>
        )}
      </div>
    </div>
  );
}
