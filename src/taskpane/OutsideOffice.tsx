import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { stringsFor } from "./i18n";

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

/** Shown when the page is opened outside Office: the add-in only works inside Excel. */
export function OutsideOffice() {
  const styles = useStyles();
  const zh = stringsFor("zh-CN");
  const en = stringsFor("en-US");
  return (
    <main className={styles.root} data-testid="outside-office">
      <h1 className={styles.title}>{zh.appTitle}</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{zh.outsideTitle}</MessageBarTitle>
          {zh.outsideBody}
        </MessageBarBody>
      </MessageBar>
      <MessageBar intent="warning" layout="multiline" lang="en-US">
        <MessageBarBody>
          <MessageBarTitle>{en.outsideTitle}</MessageBarTitle>
          {en.outsideBody}
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
