import ExcelJS from "exceljs";
import { createHash } from "crypto";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { builtinProfile, canonicalJson, rulesOf } from "../../src/core";
import { run } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { CheckReport, type FormReport } from "../../src/cli/report-schema";
import { openWorkbook, XlsxWorkbookPort } from "../../src/xlsx";
import { runCli, SAMPLE } from "./run-cli";

// Each test starts node processes; on a busy machine one run takes seconds.
jest.setTimeout(120_000);

let dir: string;
let forms: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-profile-"));
  forms = path.join(dir, "forms");
  await fs.mkdir(forms);
  // Copies of the first sample form (budget 10, 成本 ≤10万元, 数量 ≧2次 at 分值 10), each
  // changed at one edge of a rule of province-2022.
  const variants: Record<string, (sheet: ExcelJS.Worksheet) => void> = {
    "rate-80": (s) => spend(s, 8),
    "rate-70": (s) => spend(s, 7),
    "rate-60": (s) => spend(s, 6),
    "rate-50": (s) => spend(s, 5),
    "deviation-30": (s) => (s.getCell("F14").value = 2.6),
    "deviation-29": (s) => (s.getCell("F14").value = 2.58),
    "linear-1.5": (s) => (s.getCell("F17").value = "15万元"),
    "linear-2": (s) => (s.getCell("F17").value = "20万元"),
    // The 全年预算数 column relabelled 调整数: 年初 10 + 调整 −2 (a cut) is the adjusted budget, 8.
    "adjusted-with": (s) => adjust(s, -2),
    "adjusted-without": (s) => adjust(s, null),
  };
  for (const [name, change] of Object.entries(variants)) {
    const opened = await openWorkbook(SAMPLE);
    if (!opened.ok) throw new Error(opened.problem.code);
    const workbook = opened.workbook;
    for (const sheet of workbook.worksheets.slice(1)) workbook.removeWorksheet(sheet.id);
    change(workbook.worksheets[0]!);
    await workbook.xlsx.writeFile(path.join(forms, `${name}.xlsx`));
  }
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function spend(sheet: ExcelJS.Worksheet, executed: number): void {
  expect(sheet.getCell("E6").value).toBe(10);
  sheet.getCell("F6").value = executed;
  sheet.getCell("F7").value = executed;
}

function adjust(sheet: ExcelJS.Worksheet, adjustment: number | null): void {
  expect(sheet.getCell("E5").value).toBe("全年预算数");
  sheet.getCell("E5").value = "调整数";
  sheet.getCell("E6").value = adjustment;
  sheet.getCell("E7").value = adjustment;
  sheet.getCell("F6").value = 8;
  sheet.getCell("F7").value = 8;
}

/** Each file's first form, by the file's name without .xlsx. */
function formsByFile(stdout: string): { report: CheckReport; byFile: Map<string, FormReport> } {
  const report = CheckReport.parse(JSON.parse(stdout));
  const byFile = new Map<string, FormReport>();
  for (const file of report.files) {
    const form = file.sheets[0]?.forms[0];
    if (form) byFile.set(path.basename(file.file, ".xlsx"), form);
  }
  return { report, byFile };
}

function hashOf(name: "mof-2020" | "province-2022"): string {
  const rules = canonicalJson(rulesOf(builtinProfile(name)));
  return `sha256:${createHash("sha256").update(rules).digest("hex")}`;
}

/** The CLI in-process, for the many runs that end before any workbook is read. */
function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
    cwd: dir,
    env: {},
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("selfeval check --profile province-2022", () => {
  let province: Map<string, FormReport>;
  let mof: Map<string, FormReport>;
  let report: CheckReport;
  beforeAll(async () => {
    const [p, m] = await Promise.all([
      runCli(["check", forms, "--json", "--fail-on", "never", "--profile", "province-2022"]),
      runCli(["check", forms, "--json", "--fail-on", "never"]),
    ]);
    expect([p.code, p.stderr, m.code, m.stderr]).toEqual([0, "", 0, ""]);
    ({ report, byFile: province } = formsByFile(p.stdout));
    const other = formsByFile(m.stdout);
    mof = other.byFile;
    expect(other.report.profile).toEqual({
      name: "mof-2020",
      extends: "mof-2020",
      hash: hashOf("mof-2020"),
      differsFromBase: [],
    });
  });

  const codes = (form: FormReport | undefined) => form?.findings.map((f) => f.code) ?? [];

  it("says which profile scored, by name and content hash", () => {
    expect(report.profile).toEqual({
      name: "province-2022",
      extends: "province-2022",
      hash: hashOf("province-2022"),
      differsFromBase: [],
    });
  });

  it.each([
    ["rate-80", 98, 98],
    ["rate-70", 89, 97],
    ["rate-60", 79, 96],
    ["rate-50", 69, 95],
  ])("%s: caps the total at %s where mof-2020 gives %s", (file, capped, total) => {
    expect(province.get(file)?.total).toBe(capped);
    expect(mof.get(file)?.total).toBe(total);
    expect(codes(province.get(file)).includes("total.capped-by-execution")).toBe(capped !== total);
  });

  it("takes 2 points off an actual 30% over its target, not one 29% over", () => {
    const row = (file: string) => province.get(file)?.indicators.find((i) => i.row === 14);
    expect(row("deviation-30")?.computedScore).toBe(8);
    expect(codes(province.get("deviation-30"))).toContain("score.deviation-deducted");
    expect(row("deviation-29")?.computedScore).toBe(10);
    expect(mof.get("deviation-30")?.indicators.find((i) => i.row === 14)?.computedScore).toBe(10);
  });

  it("scores a reverse indicator linearly at 1.5A and 2A", () => {
    const score = (map: Map<string, FormReport>, file: string) =>
      map.get(file)?.indicators.find((i) => i.row === 17)?.computedScore;
    expect([score(province, "linear-1.5"), score(province, "linear-2")]).toEqual([5, 0]);
    expect([score(mof, "linear-1.5"), score(mof, "linear-2")]).toEqual([6.67, 5]);
  });

  it("divides by 年初预算数 + 调整数, with and without an adjustment", () => {
    expect(province.get("adjusted-with")?.executionRate).toBe(1);
    expect(province.get("adjusted-without")?.executionRate).toBe(0.8);
    expect(codes(province.get("adjusted-with"))).not.toContain("funds.negative");
    // mof-2020 divides by the form's only budget, its 年初预算数.
    expect(mof.get("adjusted-with")?.executionRate).toBe(0.8);
  });
});

describe("a profile file", () => {
  async function writeProfile(name: string, data: unknown): Promise<string> {
    const file = path.join(dir, name);
    await fs.writeFile(file, typeof data === "string" ? data : JSON.stringify(data));
    return file;
  }

  it("extends a built-in, is named by its id, and scores by what it overrides", async () => {
    const file = await writeProfile("河北.json", {
      id: "hebei-2023",
      extends: "province-2022",
      executionCaps: [{ below: 0.75, cap: 80 }],
    });
    const result = await runCli([
      "check",
      path.join(forms, "rate-70.xlsx"),
      "--json",
      "--fail-on",
      "never",
      "--profile",
      file,
    ]);
    expect(result.code).toBe(0);
    const { report, byFile } = formsByFile(result.stdout);
    expect(report.profile).toMatchObject({
      name: "hebei-2023",
      extends: "province-2022",
      differsFromBase: ["executionCaps"],
    });
    expect(byFile.get("rate-70")?.total).toBe(80);
  });

  it.each([
    ["wrong types", { executionLow: "80%" }, "executionLow 应为数字"],
    [
      "bands out of order",
      { gradeBands: { excellent: 80, good: 85, fair: 60 } },
      "gradeBands 须满足 优 > 良 > 中（现为 80 / 85 / 60）",
    ],
    ["an unknown field", { gradeBand: { excellent: 95 } }, "评分规则中有未知的字段：gradeBand"],
    [
      "caps out of order",
      {
        executionCaps: [
          { below: 0.6, cap: 69 },
          { below: 0.8, cap: 89 },
        ],
      },
      "executionCaps.1：第 2 档",
    ],
    ["a base that does not exist", { extends: "hebei" }, "extends：“hebei”不是内置评分规则"],
    ["text that is not JSON", "{ executionLow: 0.7 }", "评分规则文件不是有效的 JSON"],
  ])("with %s gets exit 2 and one line naming the field", async (_what, data, line) => {
    const file = await writeProfile("bad.json", data);
    const { io, out, err } = memoryIo();
    expect(await run(["check", SAMPLE, "--profile", file], io)).toBe(2);
    expect(out()).toBe("");
    expect(err().split("\n").filter(Boolean)).toHaveLength(1);
    expect(err()).toContain(`${file}: ${line}`);
  });

  it("says in English what is wrong with --lang en, one line for several problems", async () => {
    const file = await writeProfile("two.json", { executionLow: 2, reverseMode: "inverse" });
    const { io, err } = memoryIo();
    expect(await run(["check", SAMPLE, "--profile", file, "--lang", "en"], io)).toBe(2);
    expect(err()).toBe(`${file}: reverseMode must be one of ratio, linear (and 1 more problem)\n`);
  });

  it("names the built-in profiles when the name is neither one of them nor a file", async () => {
    const { io, err } = memoryIo();
    expect(await run(["check", SAMPLE, "--profile", "hebei"], io)).toBe(2);
    expect(err()).toBe(
      "hebei: 不是内置评分规则，也找不到该文件；内置评分规则有 mof-2020、mof-2020-cost、province-2022（运行 selfeval profiles 查看）\n"
    );
  });
});

describe("selfeval profiles", () => {
  it("lists the built-in profiles with their differences from mof-2020", async () => {
    const { io, out } = memoryIo();
    expect(await run(["profiles"], io)).toBe(0);
    const text = out();
    expect(text).toContain("mof-2020（默认）：");
    expect(text).toContain("province-2022（基于 mof-2020-cost）：");
    expect(text).toContain(
      '  按执行率封顶总分（executionCaps）：[{"below":0.8,"cap":89},{"below":0.7,"cap":79},{"below":0.6,"cap":69},{"below":0.5,"cap":59}]；mof-2020 为 []'
    );
  });

  it("gives every rule and the hash the reports carry as JSON", async () => {
    const { io, out } = memoryIo();
    expect(await run(["profiles", "--json"], io)).toBe(0);
    const listed = JSON.parse(out()) as {
      profiles: { name: string; hash: string; rules: unknown }[];
    };
    expect(listed.profiles.map((p) => p.name)).toEqual([
      "mof-2020",
      "mof-2020-cost",
      "province-2022",
    ]);
    const province = listed.profiles[2];
    expect(province?.hash).toBe(hashOf("province-2022"));
    expect(province?.rules).toEqual(rulesOf(builtinProfile("province-2022")));
  });
});

describe("selfeval new --profile", () => {
  it("lays out the 一级 rows and weights of the chosen profile", async () => {
    const out = path.join(dir, "新表.xlsx");
    const { io } = memoryIo();
    expect(
      await run(["new", "--name", "新项目", "--profile", "province-2022", "--out", out], io)
    ).toBe(0);
    const opened = await openWorkbook(out);
    if (!opened.ok) throw new Error(opened.problem.code);
    const [grid] = await new XlsxWorkbookPort(opened.workbook).readSheets();
    const cell = (row: number, col: number) => grid?.cells[row]?.[col]?.value;
    expect([cell(16, 1), cell(16, 2), cell(16, 6)]).toEqual(["成本指标", "经济成本指标", 10]);
    expect(cell(12, 6)).toBe(10);
  });
});
