import { decorate, matchText, yearOf } from "../../src/core/label-dictionary";

describe("the label dictionary", () => {
  it.each([
    ["全年预算数(A)", "budget"],
    ["全年预算数（A）", "budget"],
    ["预算数(A)", "budget"],
    ["调整后预算数", "budget"],
    ["执行数(B)", "executed"],
    ["预算执行数", "executed"],
    ["执行率(B/A)", "rate"],
    ["执行率(全年\n执行数/全年\n预算数)", "rate"],
    ["预算执行进度(%)", "rate"],
    ["得分\n(20分*执行率)", "score"],
    ["项目资金\n(万元)", "fundsBlock"],
    ["资金情况（万元）", "fundsBlock"],
    ["预算执行情况(万元)\n(20分)", "fundsBlock"],
    ["二、预算执行情况", "fundsBlock"],
    ["年度资金总额:", "fundTotal"],
    ["年度财政资金总额", "fundTotal"],
    ["总额", "fundTotal"],
    [" 其中:本年财政拨款", "fundCurrent"],
    ["其中：当年财政拨款", "fundCurrent"],
    ["    上年结转资金", "fundCarryover"],
    ["财政专户管理资金", "fundSpecial"],
    ["年初设定目标", "expected"],
    ["项目年度目标", "expected"],
    ["年度总体目标完成情况综述", "achieved"],
    ["年度目标完成情况", "achieved"],
    ["一级\n指标", "level1"],
    ["三级指标名称", "level3"],
    ["年初目标值(A)", "target"],
    ["年度指标\n值", "target"],
    ["实际完成值(B)", "actual"],
    ["全年实际值", "actual"],
    ["全年\n完成值", "actual"],
    ["权重占比(%)", "weight"],
    ["单项指标折算得分", "score"],
    ["未完成原因及拟采取的改进措施", "reason"],
    ["未完成原因和\n改进措施", "reason"],
    ["指标性质", "comparator"],
    ["单位(文字描述)", "measure"],
    ["实施单位\n(盖章)", "unit"],
    ["项目实施单位", "unit"],
    ["县级主管部门", "dept"],
    ["专项资金名称", "name"],
    ["合计", "fundTotal"],
    ["部门预算项目支出绩效自评表(2023年度)", "title"],
    ["成安县民政局2020年度预算项目绩效自评表", "title"],
    ["( 2023年度)", "yearLine"],
  ])("reads 「%s」 as %s", (text, key) => {
    expect(matchText(text)?.keys).toContain(key);
  });

  it.each([
    ["实际完成情况", ["achieved", "actual"]],
    ["年度绩效目标", ["indicatorsBlock", "expected"]],
    ["合计", ["budget", "fundTotal", "total"]],
  ])("gives 「%s」 every field it may stand for, the context picks: %j", (text, keys) => {
    expect(matchText(text)?.keys).toEqual(keys);
  });

  it.each([
    "产出指标(50分)",
    "支持欠发达国有林场基础设施建设,补齐必要的配套基础设施建设短板",
    "项目负责人:",
    "一、基本情况",
    "2023年马鹿坑国有林场新建野生动物收容所建设项目",
    "自评表编制说明：本表按项目支出绩效自评表填写",
  ])("takes 「%s」 for no label", (text) => {
    expect(matchText(text)).toBeNull();
  });

  it("takes the weight, the unit and the percent sign out of a label's brackets", () => {
    expect(decorate("预算执行情况(万元)(20分)")).toEqual({
      words: "预算执行情况",
      weight: 20,
      toWanYuan: 1,
      percent: false,
    });
    expect(decorate("得分(20分*执行率)")).toMatchObject({ words: "得分", weight: 20 });
    expect(decorate("项目资金(元)")).toMatchObject({ words: "项目资金", toWanYuan: 0.0001 });
    expect(decorate("权重占比(%)")).toMatchObject({ words: "权重占比", percent: true });
    expect(decorate("四、年度绩效指标完成情况")).toMatchObject({ words: "年度绩效指标完成情况" });
  });

  it("finds the year in a title or a year line", () => {
    expect(yearOf("部门预算项目支出绩效自评表(2023年度)")).toBe(2023);
    expect(yearOf("(2021年度)")).toBe(2021);
    expect(yearOf("项目支出绩效自评表")).toBeNull();
  });
});
