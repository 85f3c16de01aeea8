import fs from "fs";
import path from "path";

const DIR = path.resolve(__dirname, "../../dev/fake-office");

describe("the fake host runs in a browser", () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts"));

  it.each(files)("%s imports only the core and its own modules", (file) => {
    const source = fs.readFileSync(path.join(DIR, file), "utf8");
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
    for (const target of imports) expect(target).toMatch(/^\.\.?\/|^\.\.\/core$/);
    expect(source).not.toMatch(/(^|[^.\w])require\(|\bprocess\.|\bBuffer\b/m);
  });
});
