import { z } from "zod";
import type { Actual, Target } from "./values";

/** The typed model of one form as read from a sheet (rules.md §1). Schemas are the types. */

export const AddressSchema = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
});

export const AreaSchema = z.object({
  top: z.number().int(),
  left: z.number().int(),
  bottom: z.number().int(),
  right: z.number().int(),
});

/** A text field and the cell it was read from. */
export const TextField = z.object({ text: z.string(), address: AddressSchema });
export type TextField = z.infer<typeof TextField>;

/** A number cell: `value` null when blank or unreadable, `raw` the cell's display text. */
export const NumberField = z.object({
  value: z.number().nullable(),
  raw: z.string(),
  address: AddressSchema,
  /** The cell holds a formula (never overwritten). */
  formula: z.boolean(),
  /** The score was written as text with 分 ("10分"): writes keep that look. */
  withUnit: z.boolean(),
});
export type NumberField = z.infer<typeof NumberField>;

export const Header = z.object({
  title: TextField.nullable(),
  year: z.number().int().nullable(),
  yearAddress: AddressSchema.nullable(),
  name: TextField.nullable(),
  dept: TextField.nullable(),
  unit: TextField.nullable(),
});
export type Header = z.infer<typeof Header>;

export const FundColumns = z.object({
  initial: NumberField.nullable(),
  budget: NumberField.nullable(),
  executed: NumberField.nullable(),
});
export type FundColumns = z.infer<typeof FundColumns>;

export const FUND_ROWS = ["total", "current", "carryover", "other"] as const;
export type FundRow = (typeof FUND_ROWS)[number];

export const Funds = z.object({
  /** 1 when amounts are in 万元, 0.0001 when the label says 元. */
  toWanYuan: z.number(),
  rows: z.object({
    total: FundColumns,
    current: FundColumns.nullable(),
    carryover: FundColumns.nullable(),
    other: FundColumns.nullable(),
  }),
  weight: NumberField.nullable(),
  rate: NumberField.nullable(),
  score: NumberField.nullable(),
});
export type Funds = z.infer<typeof Funds>;

export const Goals = z.object({ expected: TextField, actual: TextField });
export type Goals = z.infer<typeof Goals>;

export const Indicator = z.object({
  row: z.number().int(),
  level1: TextField,
  /** Weight written inside the 一级 label ("产出指标(50分)"), when present. */
  level1Weight: z.number().nullable(),
  level2: TextField,
  name: TextField,
  targetText: TextField,
  actualText: TextField,
  target: z.custom<Target>(),
  actual: z.custom<Actual>(),
  weight: NumberField,
  score: NumberField,
  reason: TextField.nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Total = z.object({
  label: AddressSchema,
  weight: NumberField.nullable(),
  score: NumberField.nullable(),
});
export type Total = z.infer<typeof Total>;

export const Form = z.object({
  sheet: z.string(),
  range: AreaSchema,
  header: Header,
  funds: Funds.nullable(),
  goals: Goals.nullable(),
  indicators: z.array(Indicator),
  total: Total.nullable(),
});
export type Form = z.infer<typeof Form>;
