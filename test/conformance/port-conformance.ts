import {
  applyEvaluations,
  buildSummarySheet,
  buildTemplate,
  builtinProfile,
  evaluate,
  specToGrid,
  summarize,
  validateSheets,
  writeSummarySheet,
  type Grid,
  type SheetSpec,
  type WorkbookPort,
  type WritePlan,
} from "../../src/core";
import { readGrids } from "../excel/sample-grids";
import { byPosition, cellOf, expectSameCells, normalised } from "../excel/same-cells";
import { damagedSample } from "../helpers/sample";

/**
 * Scenarios every WorkbookPort must pass alike — the Office.js port over the fake
 * host and the exceljs port: what is written reads back, journals restore exactly,
 * marks clear without touching values, specs insert, names are made valid.
 */

/** Builds a port over a workbook holding exactly these sheets, in order. */
export type MakePort = (grids: Grid[]) => Promise<WorkbookPort>;

/** A sample form whose 全年执行数 and one score are wrong, so its plan writes cells; one computed cell holds "007" text. */
function damaged(sample: Grid, sheet: string): Grid {
  return { ...damagedSample(sample, { value: "007" }), sheet };
}

function planOf(grid: Grid): WritePlan {
  const [evaluation] = evaluate(grid);
  if (!evaluation) throw new Error(`no form on ${grid.sheet}`);
  return evaluation.plan;
}

function spec(name: string): SheetSpec {
  return buildTemplate({
    name,
    dept: "应急管理局",
    year: 2021,
    funds: { initial: 10, budget: 12, executed: 11 },
  });
}

export function describePortConformance(name: string, makePort: MakePort): void {
  describe(`WorkbookPort conformance: ${name}`, () => {
    let samples: Grid[];
    beforeAll(async () => {
      samples = await readGrids();
    });

    it("lists sheets in order and reads back exactly what the workbook holds", async () => {
      const port = await makePort(samples);
      expect(await port.sheetNames()).toEqual(samples.map((s) => s.sheet));
      const grids = await port.readSheets();
      grids.forEach((grid, i) => {
        expect(grid.sheet).toBe(samples[i]!.sheet);
        expectSameCells(grid, normalised(samples[i]!));
      });
      const [second] = await port.readSheets([samples[1]!.sheet]);
      expectSameCells(second!, samples[1]!);
    });

    it("writes plans so the written values and formats read back, journaling what was there", async () => {
      const grid = damaged(samples[0]!, "改动");
      const port = await makePort([grid]);
      const plan = planOf(grid);
      expect(plan.writes.length).toBeGreaterThan(0);
      const [journal] = await port.applyPlans([plan]);
      const [read] = await port.readSheets(["改动"]);
      for (const write of plan.writes) {
        const cell = cellOf(read!, write.address.row, write.address.col);
        expect(cell.value).toEqual(write.value);
        if (write.format !== undefined) expect(cell.format).toBe(write.format);
        const entry = journal!.entries.find(
          (e) => e.address.row === write.address.row && e.address.col === write.address.col
        );
        expect(entry?.value).toEqual(write.previous);
      }
      expect(journal!.sheet).toBe("改动");
      for (const mark of plan.marks) {
        const entry = journal!.entries.find(
          (e) => e.address.row === mark.address.row && e.address.col === mark.address.col
        );
        expect(entry?.fill).toBeNull();
      }
      const untouched = new Set([...plan.writes.map((w) => `${w.address.row}:${w.address.col}`)]);
      for (let r = 0; r < grid.cells.length; r += 1) {
        for (let c = 0; c < (grid.cells[r]?.length ?? 0); c += 1) {
          if (!untouched.has(`${r}:${c}`)) expect(cellOf(read!, r, c)).toEqual(cellOf(grid, r, c));
        }
      }
    });

    it("restores exactly what the journals recorded", async () => {
      const grid = damaged(samples[0]!, "恢复");
      const port = await makePort([grid, samples[1]!]);
      const journals = await port.applyPlans([planOf(grid)]);
      await port.restore(journals);
      const [restored, other] = await port.readSheets();
      expectSameCells(restored!, normalised(grid));
      expectSameCells(other!, normalised(samples[1]!));
    });

    it("scores by a profile as the core does: the capped total is written, and restored", async () => {
      // 全年执行数 7 of 10: 70 %, in province-2022's 70–80 % band, so the total is capped at 89.
      const grid = damaged(samples[0]!, "封顶");
      grid.cells[5]![5] = { value: 7 };
      const profile = builtinProfile("province-2022");
      const port = await makePort([grid]);
      const [validated] = await validateSheets(port, "all", { profile });
      const evaluations = validated!.evaluations;
      expect(evaluations[0]?.score).toEqual({ total: 89, grade: "良" });
      const [expected] = evaluate(normalised(grid), profile);
      expect(evaluations[0]?.findings).toEqual(expected?.findings);
      expect(evaluations[0]?.plan).toEqual(expected?.plan);
      const journals = await applyEvaluations(port, evaluations);
      const [written] = await port.readSheets(["封顶"]);
      const [again] = evaluate(written!, profile);
      expect(again?.score?.total).toBe(89);
      expect(again?.plan.writes).toEqual([]);
      await port.restore(journals);
      const [restored] = await port.readSheets(["封顶"]);
      expectSameCells(restored!, normalised(grid));
    });

    it("writes nothing the second time the same plan is applied", async () => {
      const grid = damaged(samples[0]!, "两次");
      const port = await makePort([grid]);
      await port.applyPlans([planOf(grid)]);
      const [afterFirst] = await port.readSheets(["两次"]);
      const again = await port.applyPlans([planOf(afterFirst!)]);
      expect(
        again
          .flatMap((j) => j.entries)
          .filter((e) => e.value !== cellOf(afterFirst!, e.address.row, e.address.col).value)
      ).toEqual([]);
      const [afterSecond] = await port.readSheets(["两次"]);
      expectSameCells(afterSecond!, afterFirst!);
    });

    it("clears marks without touching written values", async () => {
      const grid = damaged(samples[0]!, "标记");
      const port = await makePort([grid]);
      const plan = planOf(grid);
      const journals = await port.applyPlans([plan]);
      const [written] = await port.readSheets(["标记"]);
      await port.clearMarks(journals);
      const [cleared] = await port.readSheets(["标记"]);
      expectSameCells(cleared!, written!);
    });

    it("inserts sheets from specs that read back as the spec describes", async () => {
      const port = await makePort([samples[0]!]);
      const wanted = [spec("新项目一"), spec("新项目二")];
      const names = await port.insertSheets(wanted);
      expect(names).toEqual(["新项目一", "新项目二"]);
      expect(await port.sheetNames()).toEqual([samples[0]!.sheet, ...names]);
      const read = await port.readSheets(names);
      read.forEach((grid, i) => {
        const expected = specToGrid(wanted[i]!);
        for (const c of wanted[i]!.cells) {
          const cell = cellOf(grid, c.row, c.col);
          if (c.formula !== undefined) expect(cell.formula).toBe(c.formula);
          else expect(cell.value).toEqual(cellOf(expected, c.row, c.col).value);
          const format = cellOf(expected, c.row, c.col).format;
          if (format !== undefined) expect(cell.format).toBe(format);
        }
        expect(grid.merges.slice().sort(byPosition)).toEqual(
          expected.merges.slice().sort(byPosition)
        );
      });
    });

    it("makes inserted sheet names valid and unique, ignoring case", async () => {
      const port = await makePort([samples[0]!]);
      const names = await port.insertSheets([
        spec(samples[0]!.sheet.toLowerCase()),
        spec("预算/决算: [2021]?"),
        spec("预算/决算: [2021]?"),
        spec("很长".repeat(20)),
      ]);
      const all = await port.sheetNames();
      expect(all).toEqual([samples[0]!.sheet, ...names]);
      expect(new Set(all.map((n) => n.toUpperCase())).size).toBe(all.length);
      for (const n of names) {
        expect(n.length).toBeLessThanOrEqual(31);
        expect(n).not.toMatch(/[:\\/?*[\]]/);
      }
      expect(names[1]).not.toBe(names[2]);
    });

    it("writes the 汇总表 first, reading back as its spec describes, and sums up only the forms", async () => {
      const port = await makePort(samples);
      const validated = await validateSheets(port, "all");
      const written = await writeSummarySheet(port, validated, "zh-CN");
      expect(written.sheet).toBe("汇总");
      expect(await port.sheetNames()).toEqual(["汇总", ...samples.map((s) => s.sheet)]);
      const spec = buildSummarySheet(summarize([{ sheets: validated }]), {
        lang: "zh-CN",
        files: false,
        links: true,
        name: "汇总",
      });
      const [read] = await port.readSheets(["汇总"]);
      const expected = specToGrid(spec);
      for (const c of spec.cells) {
        const cell = cellOf(read!, c.row, c.col);
        expect(cell.value).toEqual(cellOf(expected, c.row, c.col).value);
        const format = cellOf(expected, c.row, c.col).format;
        if (format !== undefined) expect(cell.format).toBe(format);
      }
      expect(read!.merges.slice().sort(byPosition)).toEqual(
        expected.merges.slice().sort(byPosition)
      );
      // Validated again, the summary is neither a form nor a sheet without one.
      const again = await validateSheets(port, "all");
      expect(again[0]!.evaluations).toEqual([]);
      expect(again.slice(1).map((v) => v.evaluations)).toEqual(validated.map((v) => v.evaluations));
    });

    it("replaces its own earlier summary in place, and never a sheet of the user's", async () => {
      const users: Grid = {
        sheet: "汇总",
        top: 0,
        left: 0,
        cells: [[{ value: "本部门自己的汇总" }]],
        merges: [],
      };
      const port = await makePort([samples[0]!, users, samples[1]!]);
      const first = await writeSummarySheet(port, await validateSheets(port, "all"), "zh-CN");
      expect(first.sheet).toBe("汇总 (2)");
      const order = [first.sheet!, samples[0]!.sheet, "汇总", samples[1]!.sheet];
      expect(await port.sheetNames()).toEqual(order);
      const second = await writeSummarySheet(port, await validateSheets(port, "all"), "zh-CN");
      expect(second.sheet).toBe("汇总 (2)");
      expect(await port.sheetNames()).toEqual(order);
      const [kept] = await port.readSheets(["汇总"]);
      expectSameCells(kept!, users);
    });

    it("refuses to place a sheet over one missing, changing nothing", async () => {
      const port = await makePort(samples);
      const spec = buildSummarySheet(summarize([]), {
        lang: "zh-CN",
        files: false,
        links: false,
        name: "汇总",
      });
      await expect(port.placeSheet(spec, { position: 0, replaces: ["不存在"] })).rejects.toThrow();
      expect(await port.sheetNames()).toEqual(samples.map((s) => s.sheet));
    });
  });
}
