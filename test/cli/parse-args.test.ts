import { readFileSync } from "fs";
import path from "path";
import { parseArgs } from "../../src/cli/parse-args";

describe("parsing the command line", () => {
  it("reads check with its defaults: no paths, text output, fail on errors, zh-CN", () => {
    expect(parseArgs(["check"])).toEqual({
      kind: "check",
      options: { paths: [], json: false, inPlace: false, failOn: "error", lang: "zh-CN" },
    });
  });

  it("reads paths and every check option", () => {
    expect(
      parseArgs([
        "check",
        "a.xlsx",
        "dir/",
        "--json",
        "--write",
        "out",
        "--fail-on",
        "warning",
        "--lang",
        "en",
      ])
    ).toEqual({
      kind: "check",
      options: {
        paths: ["a.xlsx", "dir/"],
        json: true,
        write: "out",
        inPlace: false,
        failOn: "warning",
        lang: "en-US",
      },
    });
    expect(parseArgs(["check", "x.xlsx", "--in-place", "--lang", "zh-CN"])).toMatchObject({
      options: { inPlace: true, lang: "zh-CN" },
    });
  });

  it("refuses options that conflict or values outside their choices", () => {
    const conflict = parseArgs(["check", "--write", "out", "--in-place"]);
    expect(conflict.kind).toBe("usage");
    expect(conflict.kind === "usage" && conflict.text).toContain(
      "--write 与 --in-place 不能同时使用"
    );
    const failOn = parseArgs(["check", "--fail-on", "sometimes"]);
    expect(failOn.kind === "usage" && failOn.text).toMatch(/sometimes.*error, warning, never/s);
    expect(parseArgs(["check", "--lang", "fr"]).kind).toBe("usage");
    expect(parseArgs(["check", "--nonsense"]).kind).toBe("usage");
    expect(parseArgs(["frobnicate"]).kind).toBe("usage");
  });

  it("reads new with repeated names and the project's details", () => {
    expect(
      parseArgs([
        "new",
        "--name",
        "甲项目",
        "--name",
        "乙项目",
        "--dept",
        "应急管理局",
        "--year",
        "2022",
        "--out",
        "x.xlsx",
      ])
    ).toEqual({
      kind: "new",
      options: {
        names: ["甲项目", "乙项目"],
        dept: "应急管理局",
        year: 2022,
        out: "x.xlsx",
        inPlace: false,
        force: false,
        lang: "zh-CN",
      },
    });
    expect(parseArgs(["new", "--name", "甲", "--into", "a.xlsx", "--in-place"])).toMatchObject({
      kind: "new",
      options: { into: "a.xlsx", inPlace: true },
    });
  });

  it("needs a name, a four-digit year, and --into for --in-place", () => {
    expect(parseArgs(["new"]).kind).toBe("usage");
    const year = parseArgs(["new", "--name", "甲", "--year", "22"]);
    expect(year.kind === "usage" && year.text).toContain("年度应为四位数字");
    expect(parseArgs(["new", "--name", "甲", "--in-place"]).kind).toBe("usage");
  });

  it("gives help and the version as information, and help without a command as a usage error", () => {
    const help = parseArgs(["--help"]);
    expect(help.kind).toBe("info");
    expect(help.kind === "info" && help.text).toContain("selfeval check");
    const checkHelp = parseArgs(["check", "--help"]);
    expect(checkHelp.kind === "info" && checkHelp.text).toContain("--fail-on <level>");
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(parseArgs(["--version"])).toEqual({ kind: "info", text: `${pkg.version}\n` });
    const none = parseArgs([]);
    expect(none.kind === "usage" && none.text).toContain("Usage: selfeval");
  });
});
