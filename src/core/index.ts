/** The public entry of the core: shells import only from here. */
export * from "./grid";
export * from "./address";
export * from "./findings";
export * from "./plan";
export * from "./journal";
export * from "./sheet-spec";
export * from "./port";
export * from "./values";
export * from "./form";
export * from "./evaluation";
export * from "./profile";
export { evaluate } from "./evaluate";
export { formatFinding, severityName, MESSAGES, type Lang } from "./messages";
export { cellText, normalizeText } from "./normalize";
export { gradeOf } from "./check-totals";
export * from "./template";
export * from "./template-input";
export * from "./sheet-names";
