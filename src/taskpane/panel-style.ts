import { tokens } from "@fluentui/react-components";

/**
 * The look of a boxed section of the validate view (写入与恢复, 指定表头 …), for makeStyles.
 * Griffel evaluates it at build time by reading this file as plain JavaScript (a .tsx module
 * with type-only syntax stops the production build), so it holds no TypeScript syntax; users
 * cast it to GriffelStyle.
 */
export const PANEL_STYLE = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};
