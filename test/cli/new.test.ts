import { createHash } from "crypto";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { evaluate } from "../../src/core";
import { openWorkbook, XlsxWorkbookPort } from "../../src/xlsx";
import { FIXTURES } from "../helpers/fixtures";
import { runCli, SAMPLE } from "./run-cli";

// Each test starts node processes; on a busy machine one run takes seconds.
jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-new-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sheetsOf(file: string) {
  const opened = await openWorkbook(file);
  if (!opened.ok) throw new Error(`${file}: ${opened.problem.code}`);
  return new XlsxWorkbookPort(opened.workbook).readSheets();
}

describe("selfeval new", () => {
  it("writes a blank form filled with the project's details that the engine reads whole", async () => {
    const out = path.join(dir, "应急物资.xlsx");
    const result = await runCli([
      "new",
      "--name",
      "应急物资储备项目",
      "--dept",
      "昌吉回族自治州应急管理局",
      "--unit",
      "应急物资储备库",
      "--year",
      "2022",
      "--out",
      out,
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(`已创建 ${out}，新增工作表：应急物资储备项目\n`);
    const [grid] = await sheetsOf(out);
    const [evaluation] = evaluate(grid!);
    expect(evaluation!.form?.header).toMatchObject({
      name: { text: "应急物资储备项目" },
      dept: { text: "昌吉回族自治州应急管理局" },
      unit: { text: "应急物资储备库" },
      year: 2022,
    });
    expect(evaluation!.findings.filter((f) => f.code.startsWith("layout."))).toEqual([]);
  });

  it("writes one sheet per --name, and refuses to overwrite a file without --force", async () => {
    const out = path.join(dir, "两个项目.xlsx");
    const first = await runCli(["new", "--name", "甲项目", "--name", "乙项目", "--out", out]);
    expect(first.code).toBe(0);
    expect((await sheetsOf(out)).map((g) => g.sheet)).toEqual(["甲项目", "乙项目"]);
    const again = await runCli(["new", "--name", "丙项目", "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      `${out}：文件已存在，未写入；请用 --out 指定其他文件名，或加 --force 覆盖\n`
    );
    expect((await sheetsOf(out)).map((g) => g.sheet)).toEqual(["甲项目", "乙项目"]);
    expect((await runCli(["new", "--name", "丙项目", "--out", out, "--force"])).code).toBe(0);
    expect((await sheetsOf(out)).map((g) => g.sheet)).toEqual(["丙项目"]);
  });

  it("names the file after the project by default, made safe for the file system", async () => {
    const result = await runCli(["new", "--name", "预算/决算:2022"], { cwd: dir });
    expect(result.code).toBe(0);
    const sheets = await sheetsOf(path.join(dir, "预算_决算_2022.xlsx"));
    expect(sheets.map((g) => g.sheet)).toEqual(["预算／决算：2022"]);
  });

  it("adds sheets to a copy of an existing workbook and leaves the workbook as it was", async () => {
    const existing = path.join(dir, "已有.xlsx");
    await fs.copyFile(SAMPLE, existing);
    const before = createHash("sha256")
      .update(await fs.readFile(existing))
      .digest("hex");
    const result = await runCli(["new", "--name", "安全生产举报奖励项目", "--into", existing]);
    expect(result.code).toBe(0);
    const copy = path.join(dir, "已有-新表.xlsx");
    expect((await sheetsOf(copy)).map((g) => g.sheet)).toEqual([
      "安全生产举报奖励项目",
      "防灾减灾及应急管理",
      "森林草原防灭火保障项目",
      "安全生产举报奖励项目 (2)",
    ]);
    expect(
      createHash("sha256")
        .update(await fs.readFile(existing))
        .digest("hex")
    ).toBe(before);

    const inPlace = await runCli(["new", "--name", "新项目", "--into", existing, "--in-place"]);
    expect(inPlace.code).toBe(0);
    expect(inPlace.stdout).toContain(`原文件备份为 ${path.join(dir, "已有.bak.xlsx")}`);
    expect((await sheetsOf(existing)).map((g) => g.sheet)).toContain("新项目");
  });

  it("does not add sheets in place to a workbook holding what writing it would lose", async () => {
    const existing = path.join(dir, "有形状.xlsx");
    await fs.copyFile(
      path.join(FIXTURES, "fidelity", "exceljs", "1519293514-KRISHNAPATNAM_LINE_UP.xlsx"),
      existing
    );
    const before = await fs.readFile(existing);
    const inPlace = await runCli(["new", "--name", "新项目", "--into", existing, "--in-place"]);
    expect(inPlace.code).toBe(2);
    expect(inPlace.stderr).toContain("（形状、文本框等绘图对象），为免丢失未原地修改");
    expect((await fs.readFile(existing)).equals(before)).toBe(true);
    await expect(fs.access(path.join(dir, "有形状.bak.xlsx"))).rejects.toThrow();

    const copy = await runCli(["new", "--name", "新项目", "--into", existing]);
    expect(copy.code).toBe(0);
    expect(copy.stderr).toContain("副本中没有原工作簿的形状、文本框等绘图对象（无法保留）");
  });

  it("says what is wrong with the project's details or the workbook to add to", async () => {
    const empty = await runCli(["new", "--name", "  ", "--out", path.join(dir, "x.xlsx")]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe("selfeval new: 项目名称不能为空\n");
    const year = await runCli(["new", "--name", "甲", "--year", "1800", "--lang", "en"]);
    expect(year.code).toBe(2);
    expect(year.stderr).toBe("selfeval new: year must be at least 1990\n");
    const bad = path.join(dir, "坏.xlsx");
    await fs.writeFile(bad, "not a workbook");
    const into = await runCli(["new", "--name", "甲", "--into", bad]);
    expect(into.code).toBe(2);
    expect(into.stderr).toBe(`${bad}: 不是 Excel 工作簿（.xlsx），请确认选对了文件\n`);
  });
});
