import * as z from "zod/mini";
import type { Actual, Target } from "./values";

/** The typed model of one form as read from a sheet (rules.md §1). Schemas are the types. */

const Index = z.int().check(z.minimum(0));

export const AddressSchema = z.object({ row: Index, col: Index });

export const AreaSchema = z.object({
  top: z.int(),
  left: z.int(),
  bottom: z.int(),
  right: z.int(),
});

/** A text field and the cell it was read from. */
export const TextField = z.object({ text: z.string(), address: AddressSchema });
export type TextField = z.infer<typeof TextField>;

/** A number cell: `value` null when blank or unreadable, `raw` the cell's display text. */
export const NumberField = z.object({
  value: z.nullable(z.number()),
  raw: z.string(),
  address: AddressSchema,
  /** The cell holds a formula (never overwritten). */
  formula: z.boolean(),
  /** The score was written as text with 分 ("10分"): writes keep that look. */
  withUnit: z.boolean(),
});
export type NumberField = z.infer<typeof NumberField>;

export const Header = z.object({
  title: z.nullable(TextField),
  year: z.nullable(z.int()),
  yearAddress: z.nullable(AddressSchema),
  name: z.nullable(TextField),
  dept: z.nullable(TextField),
  unit: z.nullable(TextField),
});
export type Header = z.infer<typeof Header>;

export const FundColumns = z.object({
  initial: z.nullable(NumberField),
  budget: z.nullable(NumberField),
  executed: z.nullable(NumberField),
});
export type FundColumns = z.infer<typeof FundColumns>;

export const FUND_ROWS = ["total", "current", "carryover", "other"] as const;
export type FundRow = (typeof FUND_ROWS)[number];

export const Funds = z.object({
  /** 1 when amounts are in 万元, 0.0001 when the label says 元. */
  toWanYuan: z.number(),
  rows: z.object({
    total: FundColumns,
    current: z.nullable(FundColumns),
    carryover: z.nullable(FundColumns),
    other: z.nullable(FundColumns),
  }),
  weight: z.nullable(NumberField),
  rate: z.nullable(NumberField),
  score: z.nullable(NumberField),
});
export type Funds = z.infer<typeof Funds>;

export const Goals = z.object({ expected: TextField, actual: TextField });
export type Goals = z.infer<typeof Goals>;

export const Indicator = z.object({
  row: z.int(),
  level1: TextField,
  /** Weight written inside the 一级 label ("产出指标(50分)"), when present. */
  level1Weight: z.nullable(z.number()),
  level2: TextField,
  name: TextField,
  targetText: TextField,
  actualText: TextField,
  target: z.custom<Target>(),
  actual: z.custom<Actual>(),
  weight: NumberField,
  score: NumberField,
  reason: z.nullable(TextField),
});
export type Indicator = z.infer<typeof Indicator>;

export const Total = z.object({
  label: AddressSchema,
  weight: z.nullable(NumberField),
  score: z.nullable(NumberField),
  /** The grade written beside the score ("优", "良好", "等级：中"), when there is one. */
  grade: z.nullable(TextField),
});
export type Total = z.infer<typeof Total>;

export const Form = z.object({
  sheet: z.string(),
  range: AreaSchema,
  header: Header,
  funds: z.nullable(Funds),
  goals: z.nullable(Goals),
  indicators: z.array(Indicator),
  total: z.nullable(Total),
});
export type Form = z.infer<typeof Form>;
