import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { CheckReport, type FormReport } from "../../src/cli/report-schema";
import { openWorkbook } from "../../src/xlsx";
import { runCli, SAMPLE } from "./run-cli";

// Each test starts node processes; on a busy machine one run takes seconds.
jest.setTimeout(60_000);

let dir: string;
let unknownHeader: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-layout-"));
  // The first sample form with its 分值 header (G12) reworded as a region might: 「配分」.
  const opened = await openWorkbook(SAMPLE);
  if (!opened.ok) throw new Error(opened.problem.code);
  const sheet = opened.workbook.worksheets[0]!;
  expect(sheet.getCell("G12").value).toBe("分值");
  sheet.getCell("G12").value = "配分";
  unknownHeader = path.join(dir, "配分.xlsx");
  await opened.workbook.xlsx.writeFile(unknownHeader);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The first form of the first sheet of a --json report. */
function firstForm(stdout: string): FormReport {
  const report = CheckReport.parse(JSON.parse(stdout));
  const form = report.files[0]?.sheets[0]?.forms[0];
  if (!form) throw new Error("no form in the report");
  return form;
}

async function writeJson(name: string, data: unknown): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

describe("selfeval check --layout", () => {
  it("says which 分值 label it looked for and what stands nearest, and reads no weight", async () => {
    const run = await runCli(["check", unknownHeader, "--json", "--fail-on", "never"]);
    expect(run.code).toBe(0);
    const form = firstForm(run.stdout);
    const missing = form.findings.filter((f) => f.code === "layout.missing-part");
    expect(missing).toEqual([
      expect.objectContaining({
        cell: "B12",
        severity: "warning",
        params: expect.objectContaining({
          part: "indicators",
          field: "weight",
          nearest: "G12“配分”",
        }),
      }),
    ]);
    expect(missing[0]?.message).toContain("查找了：分值、权重");
    expect(form.indicators.every((i) => i.weight === null)).toBe(true);
    expect(form.findings.some((f) => f.code === "weight.invalid")).toBe(false);
  });

  it("reads the form with a hint naming 「配分」 as 分值, and the report's layout works as a hint file", async () => {
    const hints = await writeJson("hints.json", {
      version: 1,
      hints: [{ field: "weight", text: "配分", cell: "G12" }],
    });
    const run = await runCli(["check", unknownHeader, "--json", "--layout", hints]);
    const form = firstForm(run.stdout);
    expect(form.findings.filter((f) => f.code.startsWith("layout."))).toEqual([]);
    expect(form.indicators.map((i) => i.weight)).toEqual([10, 10, 10, 10, 20, 15, 15]);
    expect(form.layout.hints).toContainEqual({ field: "weight", text: "配分", cell: "G12" });
    expect(form.layout.hints).toContainEqual({ field: "score", text: "得分", cell: "H12" });

    // A reviewer saves the layout of one form and checks a batch of the same template with it.
    const reused = await writeJson("reused.json", form.layout);
    const again = await runCli(["check", unknownHeader, "--json", "--layout", reused]);
    expect(firstForm(again.stdout).findings).toEqual(form.findings);
  });

  it.each([
    ["not JSON", "{ version: 1", "布局文件不是有效的 JSON"],
    [
      "an unknown field",
      { version: 1, hints: [{ field: "weigth", text: "配分" }] },
      "第 1 条提示的 field 不是已知的字段",
    ],
    [
      "an unknown key",
      { version: 1, hints: [{ field: "weight", text: "配分", colour: 1 }] },
      "第 1 条提示有未知的项：colour",
    ],
    [
      "a cell that is no address",
      { version: 1, hints: [{ field: "weight", text: "", cell: "第七列" }] },
      "第 1 条提示的 cell 不是单元格地址",
    ],
    ["another version", { version: 2, hints: [] }, "version 应为 1"],
  ])(
    "refuses a layout file with %s: exit 2 and one line naming the field",
    async (_, content, words) => {
      const file = await writeJson(`bad-${Math.random().toString(36).slice(2)}.json`, content);
      const run = await runCli(["check", unknownHeader, "--layout", file]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(`${file}: `);
      expect(run.stderr).toContain(words);
    }
  );
});
