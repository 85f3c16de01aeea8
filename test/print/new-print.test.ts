import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../cli/run-cli";
import { convertToPdf, isA4Portrait, readPdf } from "./soffice";

// The CLI runs as a node process and LibreOffice converts its output (npm run test:print).
jest.setTimeout(150_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-new-print-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("selfeval new, printed", () => {
  it("opens in LibreOffice without repair and prints on one A4 page wide", async () => {
    const out = path.join(dir, "打印.xlsx");
    expect(
      (await runCli(["new", "--name", "打印测试项目", "--year", "2022", "--out", out])).code
    ).toBe(0);
    const { status, stderr } = convertToPdf(out, dir);
    expect({
      status,
      errors: stderr.split("\n").filter((l) => /error|repair|corrupt/i.test(l)),
    }).toEqual({
      status: 0,
      errors: [],
    });
    const facts = readPdf(path.join(dir, "打印.pdf"));
    expect(facts.pages).toBe(1);
    expect(facts.mediaBoxes.filter((box) => !isA4Portrait(box))).toEqual([]);
  });
});
