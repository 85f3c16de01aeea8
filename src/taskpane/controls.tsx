import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/**
 * Native form controls in the Fluent look (tokens, focus rings, light and dark themes).
 * Fluent's own Input, Select, Radio, Switch, Textarea, Field, Badge, TabList and
 * ProgressBar would cost about 60 KB gzip of the pane's 160 KB budget; these do the same
 * jobs with the browser's elements, which also keeps them accessible by default.
 */

/** Griffel takes the four border colours one by one. */
function borderColors(color: string) {
  return {
    borderTopColor: color,
    borderRightColor: color,
    borderBottomColor: color,
    borderLeftColor: color,
  };
}

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: {
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  control: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "32px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover": { ...borderColors(tokens.colorNeutralStroke1Hover) },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
      outlineOffset: "-1px",
    },
    "::placeholder": { color: tokens.colorNeutralForeground4 },
  },
  textarea: { resize: "vertical", minHeight: "64px" },
  invalid: { ...borderColors(tokens.colorPaletteRedBorder2) },
  message: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  choice: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    cursor: "pointer",
    "& input": { margin: "3px 0 0", accentColor: tokens.colorBrandBackground, flexShrink: 0 },
  },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  tabs: { display: "flex", gap: tokens.spacingHorizontalXS },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  tabSelected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: "3px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
  // Names shared with the command line are lower case in English ("warning"); a pill starts
  // with a capital, as a label does.
  pillText: { display: "inline-block", "::first-letter": { textTransform: "uppercase" } },
  pill: {
    display: "inline-flex",
    alignItems: "center",
    padding: `0 ${tokens.spacingHorizontalS}`,
    minHeight: "20px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...borderColors(tokens.colorPaletteRedBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...borderColors(tokens.colorPaletteYellowBorder1),
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    ...borderColors(tokens.colorNeutralStroke2),
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...borderColors(tokens.colorPaletteGreenBorder1),
  },
  muted: { opacity: 0.6 },
  track: {
    position: "relative",
    height: "4px",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground6,
  },
  bar: {
    position: "absolute",
    top: 0,
    bottom: 0,
    left: 0,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: "width",
    transitionDuration: tokens.durationNormal,
  },
  indeterminate: {
    width: "33%",
    animationName: { from: { left: "-33%" }, to: { left: "100%" } },
    animationDuration: "1.2s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": {
      animationName: "none",
      width: "100%",
      opacity: 0.5,
    },
  },
});

interface FieldProps {
  label: ReactNode;
  error?: string | null | undefined;
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A label above a control and an error below it, wired up for screen readers. */
function Field({ label, error, children }: FieldProps) {
  const styles = useStyles();
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {children(id, error ? messageId : undefined, !!error)}
      {error && (
        <span id={messageId} className={styles.message} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | null | undefined;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  inputMode?: "decimal" | "numeric" | "text";
}

/** A labelled text box (or text area), with an error message under it. */
export function TextField(props: TextFieldProps) {
  const styles = useStyles();
  return (
    <Field label={props.label} error={props.error}>
      {(id, describedBy, invalid) => {
        const common = {
          id,
          value: props.value,
          placeholder: props.placeholder,
          "aria-invalid": invalid || undefined,
          "aria-describedby": describedBy,
        };
        return props.multiline ? (
          <textarea
            {...common}
            rows={props.rows ?? 3}
            className={mergeClasses(styles.control, styles.textarea, invalid && styles.invalid)}
            onChange={(event) => props.onChange(event.target.value)}
          />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={props.inputMode}
            className={mergeClasses(styles.control, invalid && styles.invalid)}
            onChange={(event) => props.onChange(event.target.value)}
          />
        );
      }}
    </Field>
  );
}

export interface SelectFieldProps<T extends string> {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A labelled drop-down of a few fixed choices. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      {(id) => (
        <select
          id={id}
          className={styles.control}
          value={props.value}
          onChange={(event) => {
            const chosen = props.options.find((o) => o.value === event.target.value);
            if (chosen) props.onChange(chosen.value);
          }}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export interface ChoiceGroupProps<T extends string> {
  legend?: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  horizontal?: boolean;
}

/** Radio buttons for one of a few choices. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const styles = useStyles();
  const name = useId();
  return (
    <fieldset className={styles.fieldset}>
      {props.legend && (
        <legend className={mergeClasses(styles.label, styles.legend)}>{props.legend}</legend>
      )}
      <div className={props.horizontal ? styles.row : undefined}>
        {props.options.map((o) => (
          <label key={o.value} className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface CheckFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled check box. */
export function CheckField({ label, checked, onChange }: CheckFieldProps) {
  const styles = useStyles();
  return (
    <label className={styles.choice}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

export interface TabsProps<T extends string> {
  value: T;
  items: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  label: string;
}

/** A tab list: one tab in the Tab order, arrow keys move between tabs (WAI-ARIA tabs pattern). */
export function Tabs<T extends string>({ value, items, onChange, label }: TabsProps<T>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const nextIndex = (target + items.length) % items.length;
    const next = items[nextIndex];
    if (!next) return;
    onChange(next.value);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[nextIndex]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className={styles.tabs}>
      {items.map((item, index) => {
        const selected = item.value === value;
        return (
          <button
            key={item.value}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.tabSelected)}
            onClick={() => onChange(item.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

export type PillColor = "danger" | "warning" | "informative" | "success";

/** A small coloured label, e.g. a count of findings. */
export function Pill({
  color,
  muted,
  children,
}: {
  color: PillColor;
  muted?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.pill, styles[color], muted && styles.muted)}>
      <span className={styles.pillText}>{children}</span>
    </span>
  );
}

/** A thin progress bar: determinate when `value` (0–1) is given, moving otherwise. */
export function ProgressLine({ value, label }: { value?: number | undefined; label: string }) {
  const styles = useStyles();
  const known = value !== undefined;
  return (
    <div
      className={styles.track}
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? 100 : undefined}
      aria-valuenow={known ? Math.round(value * 100) : undefined}
    >
      <div
        className={mergeClasses(styles.bar, !known && styles.indeterminate)}
        style={known ? { width: `${Math.round(value * 100)}%` } : undefined}
      />
    </div>
  );
}
