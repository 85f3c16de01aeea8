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
    </main>
  );
}
