/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser: a strict, namespace-aware XML parser without a new dependency.
// The checks Microsoft's online validator would make that can be made offline (toolchain.md).
import * as fs from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require("../scripts/build-manifest") as {
  rewriteManifest: (xml: string, addinUrl?: string) => string;
};

const ROOT = path.join(__dirname, "..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

const all = (root: Document | Element, name: string) =>
  Array.from(root.getElementsByTagNameNS("*", name));

function one(root: Document | Element, name: string): Element {
  const found = all(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/** The direct child of that name (labels nest at several levels of the ribbon). */
function child(el: Element, name: string): Element {
  const found = Array.from(el.children).find((e) => e.localName === name);
  if (!found) throw new Error(`<${el.localName}> has no <${name}>`);
  return found;
}

/** Resource id → element (bt:Image, bt:Url, bt:String) from <Resources>. */
function resources(doc: Document): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(one(doc, "Resources"), kind)) {
      const id = el.getAttribute("id");
      if (id === null) continue;
      if (map.has(id)) throw new Error(`duplicate resource id ${id}`);
      map.set(id, el);
    }
  }
  return map;
}

/** Every URL the manifest points at: DefaultValue/Value attributes and element texts. */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(attr);
      if (value && /^https?:/i.test(value)) found.push(value);
    }
    if (el.children.length === 0 && /^https?:/i.test(el.textContent ?? ""))
      found.push(el.textContent!.trim());
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.subarray(12, 16).toString("ascii") !== "IHDR"
  ) {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repo file a dev-server URL serves (assets/ as is; pages come from webpack). */
function assetFile(url: string): string {
  return path.join(ROOT, new URL(url).pathname);
}

function stringValue(doc: Document, resid: string, locale?: string): string | null {
  const el = resources(doc).get(resid);
  if (!el) return null;
  if (!locale) return el.getAttribute("DefaultValue");
  const override = all(el, "Override").find((o) => o.getAttribute("Locale") === locale);
  return override?.getAttribute("Value") ?? null;
}

const doc = parse(SOURCE);

describe("manifest.xml", () => {
  test("is a well-formed task pane add-in for Excel workbooks", () => {
    const root = doc.documentElement;
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe(
      "TaskPaneApp"
    );
    expect(
      all(one(doc, "OfficeApp"), "Host").map(
        (h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type")
      )
    ).toEqual(["Workbook", "Workbook"]);
  });

  test("has a GUID Id and a four-part Version that follows package.json", () => {
    expect(one(doc, "Id").textContent).toMatch(GUID);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(one(doc, "Version").textContent).toBe(`${pkg.version}.0`);
  });

  test("names and describes itself in en-US with a zh-CN override", () => {
    expect(one(doc, "DefaultLocale").textContent).toBe("en-US");
    const name = all(doc, "DisplayName")[0]!;
    expect(name.getAttribute("DefaultValue")!.length).toBeGreaterThan(0);
    expect(name.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(125);
    expect(one(name, "Override").getAttribute("Locale")).toBe("zh-CN");
    expect(one(name, "Override").getAttribute("Value")).toBe("绩效自评助手");
    const description = all(doc, "Description")[0]!;
    expect(description.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
    expect(one(description, "Override").getAttribute("Value")).toMatch(/项目支出绩效自评表/);
    expect(one(doc, "ProviderName").textContent!.trim()).not.toBe("");
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(one(doc, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("declares the ExcelApi floor and the dialog requirement", () => {
    const sets = all(all(doc, "Requirements")[0]!, "Set");
    const version = (name: string) =>
      sets.find((s) => s.getAttribute("Name") === name)?.getAttribute("MinVersion");
    expect(version("ExcelApi")).toBe("1.9");
    expect(version("DialogApi")).toBe("1.1");
  });

  test("every resid names a resource, and every resource id is at most 32 characters", () => {
    const defined = resources(doc);
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((id): id is string => id !== null);
    expect(used.length).toBeGreaterThan(10);
    for (const id of [...used, ...defined.keys()]) expect(id.length).toBeLessThanOrEqual(32);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    // A resource nobody uses is a leftover that hides a typo in a resid.
    expect([...defined.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  test("short strings fit 125 characters and long strings 250, in both languages", () => {
    const check = (kind: string, max: number) => {
      for (const el of all(one(doc, kind), "String")) {
        const texts = [
          el.getAttribute("DefaultValue")!,
          ...all(el, "Override").map((o) => o.getAttribute("Value")!),
        ];
        expect(all(el, "Override").map((o) => o.getAttribute("Locale"))).toEqual(["zh-CN"]);
        for (const text of texts) {
          expect(text.length).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(max);
        }
      }
    };
    check("ShortStrings", 125);
    check("LongStrings", 250);
  });

  test("the Home tab group 绩效自评 holds 一键校验, 打开助手 and 新建项目表", () => {
    const tab = one(doc, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = one(tab, "Group");
    expect(stringValue(doc, child(group, "Label").getAttribute("resid")!, "zh-CN")).toBe(
      "绩效自评"
    );
    const controls = all(group, "Control").map((c) => {
      const label = child(c, "Label").getAttribute("resid")!;
      const action = one(c, "Action");
      const source = all(action, "SourceLocation")[0]?.getAttribute("resid");
      return {
        zh: stringValue(doc, label, "zh-CN"),
        en: stringValue(doc, label),
        action: action.getAttribute("xsi:type"),
        fn: all(action, "FunctionName")[0]?.textContent,
        pane: all(action, "TaskpaneId")[0]?.textContent,
        url: source ? stringValue(doc, source) : undefined,
      };
    });
    expect(controls).toEqual([
      {
        zh: "一键校验",
        en: "Validate Sheet",
        action: "ExecuteFunction",
        fn: "validateActiveSheet",
        pane: undefined,
        url: undefined,
      },
      {
        zh: "打开助手",
        en: "Open Assistant",
        action: "ShowTaskpane",
        fn: undefined,
        pane: "SelfEval.Pane",
        url: `${DEV_ORIGIN}/taskpane.html`,
      },
      {
        zh: "新建项目表",
        en: "New Project Sheet",
        action: "ShowTaskpane",
        fn: undefined,
        pane: "SelfEval.Pane",
        url: `${DEV_ORIGIN}/taskpane.html?view=template`,
      },
    ]);
  });

  test("every FunctionName is registered with Office.actions.associate in src/commands", () => {
    const dir = path.join(ROOT, "src/commands");
    const source = fs
      .readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    const registered = new Set(
      Array.from(source.matchAll(/Office\.actions\.associate\(\s*["'`]([\w$]+)["'`]/g), (m) => m[1])
    );
    const declared = all(doc, "FunctionName").map((f) => f.textContent!.trim());
    expect(declared).toEqual(["validateActiveSheet"]);
    expect(declared.filter((name) => !registered.has(name))).toEqual([]);
  });

  test("every icon exists as a PNG of the size it is declared at", () => {
    const defined = resources(doc);
    const declared: { url: string; size: number }[] = [
      { url: all(doc, "IconUrl")[0]!.getAttribute("DefaultValue")!, size: 32 },
      { url: all(doc, "HighResolutionIconUrl")[0]!.getAttribute("DefaultValue")!, size: 64 },
    ];
    for (const image of all(one(one(doc, "VersionOverrides"), "Hosts"), "Image")) {
      const resource = defined.get(image.getAttribute("resid")!)!;
      declared.push({
        url: resource.getAttribute("DefaultValue")!,
        size: Number(image.getAttribute("size")),
      });
    }
    expect(declared.length).toBe(2 + 4 * 3);
    for (const { url, size } of declared) {
      const file = assetFile(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // The store and admin centre listings use 128 px.
    expect(pngSize(path.join(ROOT, "assets/icon-128.png"))).toEqual({ width: 128, height: 128 });
  });

  test("all URLs share one https origin, which is also the AppDomain", () => {
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(15);
    expect(new Set(found.map((u) => new URL(u).origin))).toEqual(new Set([DEV_ORIGIN]));
    expect(all(doc, "AppDomain").map((d) => d.textContent)).toEqual([DEV_ORIGIN]);
  });

  test("every page URL is a page the webpack build emits or a file in assets/", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../webpack.config.js") as (
      env: unknown,
      argv: { mode: string }
    ) => { plugins: { constructor: { name: string }; userOptions?: { filename?: string } }[] };
    const built = makeConfig({}, { mode: "production" })
      .plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p) => p.userOptions!.filename);
    for (const url of urls(doc).filter((u) => u.endsWith(".html") || u.includes(".html?"))) {
      const file = new URL(url).pathname.slice(1);
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
      else expect(built).toContain(file);
    }
  });
});

describe("the production manifest (ADDIN_URL)", () => {
  const target = "https://office.example.gov.cn/apps/selfeval/";
  const built = parse(rewriteManifest(SOURCE, target));

  test("moves every URL under ADDIN_URL and the AppDomain to its origin", () => {
    const found = urls(built);
    expect(found.length).toBe(urls(doc).length);
    const pages = found.filter((u) => u !== "https://office.example.gov.cn");
    expect(pages.length).toBe(found.length - 1);
    for (const url of pages)
      expect(url.startsWith("https://office.example.gov.cn/apps/selfeval/")).toBe(true);
    expect(all(built, "AppDomain").map((d) => d.textContent)).toEqual([
      "https://office.example.gov.cn",
    ]);
    expect(stringValue(built, "Template.Url")).toBe(
      "https://office.example.gov.cn/apps/selfeval/taskpane.html?view=template"
    );
  });

  test("says nothing more of localhost, not even in its comment", () => {
    expect(rewriteManifest(SOURCE, target)).not.toMatch(/localhost/);
  });

  test("keeps everything else as it was", () => {
    expect(one(built, "Id").textContent).toBe(one(doc, "Id").textContent);
    expect(resources(built).size).toBe(resources(doc).size);
    expect(one(built, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("without ADDIN_URL the manifest stays on the dev server", () => {
    expect(rewriteManifest(SOURCE, undefined)).toBe(SOURCE);
  });

  test("refuses an http, malformed or query-carrying ADDIN_URL with a message in both languages", () => {
    expect(() => rewriteManifest(SOURCE, "http://office.example.gov.cn")).toThrow(
      /必须以 https:\/\/ 开头[\s\S]*must start with https/
    );
    expect(() => rewriteManifest(SOURCE, "office.example.gov.cn")).toThrow(/不是有效的网址/);
    expect(() => rewriteManifest(SOURCE, "https://office.example.gov.cn/?x=1")).toThrow(/no query/);
  });
});
