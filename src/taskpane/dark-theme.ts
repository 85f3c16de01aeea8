/** Fluent's dark theme, split out of the initial bundle and loaded when Office is dark. */
export { webDarkTheme } from "@fluentui/react-components";
