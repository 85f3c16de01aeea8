import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { stringsFor, type Strings } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  link: { color: tokens.colorBrandForegroundLink },
});

/** A notice in both languages: the pane cannot know which one the user reads. */
function BilingualNotice(props: {
  testId: string;
  title: (s: Strings) => string;
  body: (s: Strings) => string;
}) {
  const styles = useStyles();
  const zh = stringsFor("zh-CN");
  const en = stringsFor("en-US");
  return (
    <main className={styles.root} data-testid={props.testId}>
      <h1 className={styles.title}>{zh.appTitle}</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.title(zh)}</MessageBarTitle>
          {props.body(zh)}
        </MessageBarBody>
      </MessageBar>
      <MessageBar intent="warning" layout="multiline" lang="en-US">
        <MessageBarBody>
          <MessageBarTitle>{props.title(en)}</MessageBarTitle>
          {props.body(en)}
        </MessageBarBody>
      </MessageBar>
      {/* 网页版 lives beside the pane in the same build: the same checks for hosts without add-ins. */}
      <a className={styles.link} href="web.html" data-testid="web-link">
        {zh.outsideWeb}
        <span lang="en-US"> · {en.outsideWeb}</span>
      </a>
    </main>
  );
}

/** Shown when the page is opened outside Office: the add-in only works inside Excel. */
export function OutsideOffice() {
  return (
    <BilingualNotice
      testId="outside-office"
      title={(s) => s.outsideTitle}
      body={(s) => s.outsideBody}
    />
  );
}

/**
 * Shown instead of the pane in an Excel without the requirement set the shell needs: which
 * Excel is needed, and that the command line still validates .xlsx files.
 */
export function OldExcel({ version }: { version: string }) {
  return (
    <BilingualNotice
      testId="old-excel"
      title={(s) => s.oldExcelTitle}
      body={(s) => s.oldExcelBody({ version })}
    />
  );
}
