import * as z from "zod/mini";
import type { Actual, Target } from "./values";
import type { LayoutHint } from "./layout-hints";

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
  /** 调整数, on forms that show the year's adjustment beside 年初预算数. */
  adjustment: z.nullable(NumberField),
  budget: z.nullable(NumberField),
  executed: z.nullable(NumberField),
});
export type FundColumns = z.infer<typeof FundColumns>;

/** The rows under 年度资金总额 whose amounts add up to it, as forms name them. */
export const FUND_PARTS = ["current", "carryover", "other", "special", "unit"] as const;
export type FundPart = (typeof FUND_PARTS)[number];

export const Funds = z.object({
  /** 1 when amounts are in 万元, 0.0001 when the label says 元. */
  toWanYuan: z.number(),
  /** The label heading the block as written ("项目资金（万元）", "预算执行情况（万元）（20分）"). */
  label: z.nullable(TextField),
  rows: z.object({
    total: FundColumns,
    current: z.nullable(FundColumns),
    carryover: z.nullable(FundColumns),
    other: z.nullable(FundColumns),
    /** 财政专户管理资金 (Sichuan forms). */
    special: z.nullable(FundColumns),
    /** 单位资金 (Sichuan forms). */
    unit: z.nullable(FundColumns),
  }),
  weight: z.nullable(NumberField),
  /** The funds weight written in a label, "（20分）" or "得分（20分*执行率）", when there is no 分值 cell. */
  labelWeight: z.nullable(z.number()),
  rate: z.nullable(NumberField),
  /** The 执行率 cells hold percent numbers (100 for 100%), as a "(%)" in their label says. */
  rateInPercent: z.boolean(),
  /**
   * The form has no 全年预算数: its 年初预算数 is read as the budget (海淀), so the rate's
   * adjusted denominator (年初 + 调整) starts from `budget`.
   */
  budgetFromInitial: z.boolean(),
  /** Every row under 年度资金总额 with amounts is a known part, so the parts can be summed. */
  partsComplete: z.boolean(),
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
  /**
   * Where the weight comes from: its 分值 cell; the 一级 label ("产出指标(30分)") of a group
   * of one row, on a form without a 分值 column; or nowhere (no column, several rows), when
   * it is unknown and nothing that needs it is checked.
   */
  weightSource: z.enum(["cell", "level1", "none"]),
  score: NumberField,
  reason: z.nullable(TextField),
  /**
   * The row this one only breaks into parts, when it does: "其中桃树种植面积" with no 分值 or
   * 得分 under "★补助各类瓜果蔬菜种植面积"; "1、水稻…" under "一、示范区建立" when their 得分
   * add up to its. Such a row is read and shown but neither scored nor counted.
   */
  detailOf: z.nullable(z.int()),
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

/** A label the reader went by: the field it read it as, its text and its cell (A1). */
export type UsedLabel = LayoutHint & { cell: string };

export const Form = z.object({
  sheet: z.string(),
  range: AreaSchema,
  /** Every label the reader located a part or a column by: the layout, reusable as hints. */
  layout: z.array(z.custom<UsedLabel>()),
  header: Header,
  funds: z.nullable(Funds),
  goals: z.nullable(Goals),
  indicators: z.array(Indicator),
  total: z.nullable(Total),
});
export type Form = z.infer<typeof Form>;
