import { evaluate, toA1, type Evaluation, type Form } from "../../src/core";
import { loadSampleGrids } from "../helpers/sample";

/** One indicator row as the sample sheet shows it: [row, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分]. */
type Row = [number, string, string, string, string, string, number, number];

interface Expected {
  sheet: string;
  name: string;
  funds: [number, number, number][]; // 年初预算数, 全年预算数, 全年执行数 per row: total, current, carryover, other
  rows: Row[];
  totalRow: number;
}

const DEPT = "昌吉回族自治州应急管理局";
const TIME = "2021.01-2021.12";

const SAMPLES: Expected[] = [
  {
    sheet: "安全生产举报奖励项目",
    name: "安全生产举报奖励项目",
    funds: [
      [10, 10, 10],
      [10, 10, 10],
      [0, 0, 0],
      [0, 0, 0],
    ],
    rows: [
      [14, "产出指标", "数量指标", "受理安全生产举报（次）", "≧2次", "2", 10, 10],
      [
        15,
        "产出指标",
        "质量指标",
        "对安全生产举报经查处属实的，在60日内通知举报人接受举报奖金,奖金发放率（%）",
        "≥90%",
        "100%",
        10,
        10,
      ],
      [16, "产出指标", "时效指标", "完成时限（日期）", TIME, TIME, 10, 10],
      [17, "产出指标", "成本指标", "资金使用成本（万元）", "<=10万元", "10万元", 10, 10],
      [
        18,
        "效益指标",
        "社会效益指标",
        "保障人民群众生命财产安全，提高安全生产水平,为自治州经济高质量发展提供安全保障。",
        "保障",
        "95%",
        20,
        20,
      ],
      [19, "效益指标", "可持续影响指标", "鼓励社会公众积极参与安全生产工作", "长期", "95%", 15, 15],
      [20, "满意度指标", "满意度指标", "举报人满意度(%)", ">=90%", "90%", 15, 15],
    ],
    totalRow: 21,
  },
  {
    sheet: "防灾减灾及应急管理",
    name: "防灾减灾及应急管理",
    funds: [
      [20, 20, 20],
      [20, 20, 20],
      [0, 0, 0],
      [0, 0, 0],
    ],
    rows: [
      [14, "产出指标", "数量指标", "自然灾害风险普查培训（人）", "≥30人", "30", 5, 5],
      [15, "产出指标", "数量指标", "开展综合减灾示范社区培育(家）", "≥7家", "7家", 5, 5],
      [16, "产出指标", "质量指标", "县级自然灾害风险普查人员培训率（%）", "≥90%", "90%", 10, 10],
      [17, "产出指标", "质量指标", "开展综合减灾示范社区培育覆盖率（%）", "≥90%", "90%", 10, 10],
      [18, "产出指标", "时效指标", "完成时限（日期）", TIME, TIME, 10, 10],
      [19, "产出指标", "成本指标", "资金使用成本（万元）", "<=20万元", "20万元", 10, 10],
      [
        20,
        "效益指标",
        "社会效益指标",
        "全面提升防范化解重大风险、应对处置各类灾害事故的能力水平",
        "保障",
        "95%",
        20,
        20,
      ],
      [
        21,
        "效益指标",
        "可持续影响指标",
        "梳理全州自然灾害风险点，提高防灾减灾能力。",
        "长期",
        "95%",
        10,
        10,
      ],
      [22, "满意度指标", "满意度指标", "人民群众满意度（%）", ">=90%", "90%", 10, 10],
    ],
    totalRow: 23,
  },
  {
    sheet: "森林草原防灭火保障项目",
    name: "森林草原防灭火保障项目",
    funds: [
      [10, 10, 10],
      [10, 10, 10],
      [0, 0, 0],
      [0, 0, 0],
    ],
    rows: [
      [14, "产出指标", "数量指标", "森林草原防灭火综合检查（次）", "≧2次", "2", 5, 5],
      [15, "产出指标", "数量指标", "参加森林草原防灭火演练（人次）", "≥50人次", "50", 5, 5],
      [16, "产出指标", "数量指标", "森林草原防灭火演练次数（次）", "≥1次", "1", 5, 5],
      [17, "产出指标", "数量指标", "参加森林草原防灭火培训（人次）", "≥50人次", "50", 5, 5],
      [18, "产出指标", "质量指标", "培训出勤率（%））", "≥90%", "95%", 5, 5],
      [19, "产出指标", "质量指标", "培训合格率（%）", "≥90%", "95%", 5, 5],
      [20, "产出指标", "时效指标", "完成时限（日期）", TIME, TIME, 10, 10],
      [21, "产出指标", "成本指标", "资金使用成本（万元）", "<=10万元", "10万元", 10, 10],
      [22, "效益指标", "社会效益指标", "使全州防火救援得到保障", "保障", "95%", 20, 20],
      [23, "效益指标", "生态效益指标", "全州森林草原、防灾减灾形势好转", "长期", "95%", 10, 10],
      [24, "满意度指标", "满意度指标", "保障单位满意度(%)", ">=90%", "90%", 10, 10],
    ],
    totalRow: 25,
  },
];

const rowsOf = (form: Form | null | undefined): Row[] =>
  (form?.indicators ?? []).map((i) => [
    i.row + 1,
    i.level1.text,
    i.level2.text,
    i.name.text,
    i.targetText.text,
    i.actualText.text,
    i.weight.value ?? NaN,
    i.score.value ?? NaN,
  ]);

const fundsOf = (form: Form | null | undefined) => {
  const r = form?.funds?.rows;
  return [r?.total, r?.current, r?.carryover, r?.other].map((c) => [
    c?.initial?.value,
    c?.budget?.value,
    c?.executed?.value,
  ]);
};

const at = (e: Evaluation | undefined, code: string) =>
  (e?.findings ?? []).filter((f) => f.code === code).map((f) => toA1(f.address));

describe("the three real 2021 forms of sample-2021.xlsx", () => {
  let evaluations: Map<string, Evaluation[]>;
  beforeAll(async () => {
    const grids = await loadSampleGrids();
    evaluations = new Map(grids.map((g) => [g.sheet, evaluate(g)]));
  });

  it.each(SAMPLES.map((s) => [s.sheet, s] as const))("reads %s completely", (_sheet, s) => {
    const list = evaluations.get(s.sheet);
    expect(list).toHaveLength(1);
    const form = list?.[0]?.form;
    expect(form?.header.title?.text).toBe("项目支出绩效自评表");
    expect(form?.header.year).toBe(2021);
    expect(form?.header.name?.text).toBe(s.name);
    expect(form?.header.dept?.text).toBe(DEPT);
    expect(form?.header.unit?.text).toBe(DEPT);
    expect(fundsOf(form)).toEqual(s.funds);
    expect(form?.funds?.weight?.value).toBe(10);
    expect(form?.funds?.rate?.value).toBe(100);
    expect(form?.funds?.score?.raw).toBe("10分");
    expect(form?.goals?.expected.text.length).toBeGreaterThan(40);
    expect(form?.goals?.actual.text).toBe(form?.goals?.expected.text);
    expect(rowsOf(form)).toEqual(s.rows);
    expect(form?.total?.weight?.value).toBe(100);
    expect(form?.total?.score?.raw).toBe("100分");
    expect(form?.total?.label.row).toBe(s.totalRow - 1);
  });

  it.each(SAMPLES.map((s) => [s.sheet, s] as const))(
    "scores %s 100 (优) and plans no write",
    (_sheet, s) => {
      const e = evaluations.get(s.sheet)?.[0];
      expect(e?.score).toEqual({ total: 100, grade: "优" });
      expect(e?.executionRate).toBe(1);
      expect(e?.plan.writes).toEqual([]);
      for (const code of ["funds.rate-wrong", "total.wrong", "score.wrong"])
        expect(at(e, code)).toEqual([]);
      expect((e?.findings ?? []).filter((f) => f.code.startsWith("layout."))).toEqual([]);
    }
  );

  it("flags the copied goals on every form", () => {
    for (const s of SAMPLES)
      expect(at(evaluations.get(s.sheet)?.[0], "goals.copied")).toEqual(["F11"]);
  });

  it("offers to normalise ≧, >= and <= where they are used", () => {
    expect(
      at(evaluations.get("安全生产举报奖励项目")?.[0], "target.comparator-nonstandard")
    ).toEqual(["E14", "E17", "E20"]);
    expect(at(evaluations.get("防灾减灾及应急管理")?.[0], "target.comparator-nonstandard")).toEqual(
      ["E19", "E22"]
    );
    expect(
      at(evaluations.get("森林草原防灭火保障项目")?.[0], "target.comparator-nonstandard")
    ).toEqual(["E14", "E21", "E24"]);
  });

  it("flags the 效益 rows whose actual is 95% against 保障 or 长期 as unclear", () => {
    expect(at(evaluations.get("安全生产举报奖励项目")?.[0], "actual.qualitative-unclear")).toEqual([
      "F18",
      "F19",
    ]);
    expect(at(evaluations.get("防灾减灾及应急管理")?.[0], "actual.qualitative-unclear")).toEqual([
      "F20",
      "F21",
    ]);
    expect(
      at(evaluations.get("森林草原防灭火保障项目")?.[0], "actual.qualitative-unclear")
    ).toEqual(["F22", "F23"]);
  });

  it("warns that 安全生产举报奖励项目 splits its weights 40 / 35 / 15", () => {
    const split = evaluations
      .get("安全生产举报奖励项目")?.[0]
      ?.findings.find((f) => f.code === "weight.split");
    expect(split?.params).toEqual({
      actual: "产出 40 / 效益 35 / 满意度 15",
      expected: "产出 50 / 效益 30 / 满意度 10",
    });
    expect(at(evaluations.get("防灾减灾及应急管理")?.[0], "weight.split")).toEqual([]);
    expect(at(evaluations.get("森林草原防灭火保障项目")?.[0], "weight.split")).toEqual([]);
  });

  it("notes the 成本 rows that only repeat the budget, and the inflated full marks", () => {
    for (const s of SAMPLES) {
      const e = evaluations.get(s.sheet)?.[0];
      expect(at(e, "consistency.cost-restates-budget")).toHaveLength(1);
      expect(at(e, "total.all-full-marks")).toEqual([`H${s.totalRow}`]);
    }
  });
});
