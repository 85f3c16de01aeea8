import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/** The simulated sheet's look: Excel's grey headers, light gridlines, green selection. */
export const useGridStyles = makeStaticStyles(`
  html, body { margin: 0; height: 100%; }
  .pg-grid { border-collapse: collapse; table-layout: fixed; background: #fff; color: #000; font-size: 13px; }
  .pg-grid th.pg-head, .pg-grid th.pg-corner {
    position: sticky; background: #f3f3f3; color: #444; font-weight: 400; font-size: 12px;
    border: 1px solid #d4d4d4; padding: 0 4px; text-align: center; z-index: 1;
    font-family: "Segoe UI", "Noto Sans CJK SC", sans-serif;
  }
  .pg-grid thead th { top: 0; height: 20px; }
  .pg-grid tbody th { left: 0; }
  .pg-grid th.pg-corner { left: 0; z-index: 2; }
  .pg-grid th.pg-head-on { background: #d3e3d9; color: #0f5132; border-bottom-color: #217346; }
  .pg-grid td.pg-cell {
    border: 1px solid #e1e1e1; padding: 1px 3px; overflow: hidden; white-space: nowrap;
    text-overflow: clip; line-height: 1.25; cursor: cell; position: relative;
  }
  .pg-grid td.pg-selected { outline: 2px solid #217346; outline-offset: -2px; z-index: 1; }
  .pg-grid td.pg-cell:focus-visible { outline: 2px solid #217346; outline-offset: -2px; }
  .pg-editor {
    position: absolute; inset: 0; width: 100%; height: 100%; box-sizing: border-box; margin: 0;
    border: 2px solid #217346; font: inherit; resize: none; padding: 1px 3px; background: #fff;
  }
`);

export const usePlaygroundStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#217346",
    color: "#fff",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  file: { opacity: 0.9, fontSize: tokens.fontSizeBase200 },
  note: { marginLeft: "auto", opacity: 0.85, fontSize: tokens.fontSizeBase200 },
  hiddenInput: { display: "none" },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  book: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    backgroundColor: "#fff",
  },
  formulaBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: "1px solid #d4d4d4",
    fontSize: tokens.fontSizeBase200,
  },
  nameBox: {
    minWidth: "64px",
    padding: "2px 6px",
    border: "1px solid #d4d4d4",
    fontFamily: tokens.fontFamilyMonospace,
  },
  formula: {
    flexGrow: 1,
    padding: "2px 6px",
    border: "1px solid #d4d4d4",
    minHeight: "18px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  scroller: { flexGrow: 1, overflow: "auto", minHeight: 0 },
  tabs: {
    display: "flex",
    gap: "2px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: "1px solid #d4d4d4",
    backgroundColor: "#f3f3f3",
    overflowX: "auto",
  },
  tab: {
    padding: "4px 12px",
    border: "none",
    borderBottom: "3px solid transparent",
    background: "transparent",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    whiteSpace: "nowrap",
  },
  tabActive: {
    backgroundColor: "#fff",
    color: "#217346",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: "3px solid #217346",
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: "1px solid #c8c8c8",
    boxShadow: tokens.shadow8,
  },
  paneTheme: { minHeight: "100%" },
  loading: { padding: tokens.spacingHorizontalL },
});
