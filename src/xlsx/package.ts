import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

/**
 * An .xlsx file as its OPC package: the zip's parts, their relationships, and XML parsed into
 * plain objects. exceljs reads the same parts into its own model and drops what it does not
 * model; this view is what is really in the file, so what exceljs would not carry can be told
 * before writing (package-audit.ts) and a written copy compared with its input (the fidelity
 * tests). Only call it on bytes that passed `checkWorkbookBytes` (the zip guard).
 */

/** An element: attributes as `@name` (namespace prefixes removed), children by local name, text as `#text`. */
export interface XmlElement {
  [key: string]: XmlElement[] | string | undefined;
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to (no leading "/"), or the raw target when external. */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  /** visible | hidden | veryHidden */
  state: string;
  /** The worksheet's (or chartsheet's) part, or null when the workbook points nowhere. */
  part: string | null;
  kind: "worksheet" | "chartsheet" | "other";
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  removeNSPrefix: true,
  alwaysCreateTextNode: true,
  htmlEntities: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** The child elements of a name (none when absent). */
export function childrenOf(node: XmlElement | undefined, name: string): XmlElement[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

export function childOf(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenOf(node, name)[0];
}

export function attrOf(node: XmlElement | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === "string" ? value : undefined;
}

/** The text an element holds, its descendants' included (as in rich-text runs). */
export function textOf(node: XmlElement | undefined): string {
  if (!node) return "";
  let out = "";
  for (const [key, value] of Object.entries(node)) {
    if (key === "#text" && typeof value === "string") out += value;
    else if (Array.isArray(value) && !key.startsWith("@")) out += value.map(textOf).join("");
  }
  return out;
}

/** Parses one XML document; the root element is returned. */
export function parseXml(text: string): XmlElement | null {
  const doc = parser.parse(text) as XmlElement;
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith("?") || key.startsWith("#") || !Array.isArray(value)) continue;
    return value[0] ?? null;
  }
  return null;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const slash = source.lastIndexOf("/");
  const parts = (slash < 0 ? [] : source.slice(0, slash).split("/")).filter((p) => p !== "");
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const WORKSHEET_TYPE = /\/worksheet$/;
const CHARTSHEET_TYPE = /\/chartsheet$/;
const OFFICE_DOCUMENT_TYPE = /\/officeDocument$/;

/**
 * Unpacks one part by its name as the zip holds it; null to let jszip do it. The command line
 * passes one over Node's zlib (native-unpack.ts), several times faster than jszip's inflate in
 * JavaScript, since exceljs then unpacks every part once more; the browser has only jszip.
 */
export type Unpacker = (name: string) => Uint8Array | null;

export class OoxmlPackage {
  private readonly parsed = new Map<string, XmlElement | null>();
  private readonly texts = new Map<string, string>();
  /** Part names as the zip holds them, keyed without a leading "/" and ignoring case (OPC names are case-insensitive). */
  private readonly byName = new Map<string, JSZip.JSZipObject>();

  private constructor(
    readonly zip: JSZip,
    private readonly unpack: Unpacker | null
  ) {
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) this.byName.set(entry.name.replace(/^\//, "").toLowerCase(), entry);
    }
  }

  /** Opens checked bytes; jszip's failures are the caller's to word. */
  static async open(bytes: Uint8Array, unpack: Unpacker | null = null): Promise<OoxmlPackage> {
    return new OoxmlPackage(await JSZip.loadAsync(bytes), unpack);
  }

  /** Every part's name, without a leading "/", as written in the zip. */
  get parts(): string[] {
    return [...this.byName.values()].map((e) => e.name.replace(/^\//, ""));
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  async bytes(part: string): Promise<Uint8Array | null> {
    const entry = this.byName.get(part.toLowerCase());
    return entry ? entry.async("uint8array") : null;
  }

  /** A part's text, unpacked once (the audit and the normalisation both read the worksheets). */
  async text(part: string): Promise<string | null> {
    const key = part.toLowerCase();
    const entry = this.byName.get(key);
    if (!entry) return null;
    let text = this.texts.get(key);
    if (text === undefined) {
      // TextDecoder decodes a whole buffer at once, natively, in Node and in the browser
      // (网页版); jszip's "string" decodes chunk by chunk in JavaScript, twice as slow on a
      // sheet of a hundred megabytes.
      const unpacked = this.unpack?.(entry.name) ?? (await entry.async("uint8array"));
      text = new TextDecoder("utf-8").decode(unpacked);
      this.texts.set(key, text);
    }
    return text;
  }

  /** The part's root element, parsed once; null when the part is absent or not XML. */
  async xml(part: string): Promise<XmlElement | null> {
    const key = part.toLowerCase();
    if (!this.parsed.has(key)) {
      const text = await this.text(part);
      let root: XmlElement | null = null;
      try {
        root = text === null ? null : parseXml(text);
      } catch {
        root = null;
      }
      this.parsed.set(key, root);
    }
    return this.parsed.get(key) ?? null;
  }

  async rels(part: string): Promise<Relationship[]> {
    const root = await this.xml(relsPartOf(part));
    return childrenOf(root ?? undefined, "Relationship").map((r) => {
      const external = attrOf(r, "TargetMode") === "External";
      const target = attrOf(r, "Target") ?? "";
      return {
        id: attrOf(r, "Id") ?? "",
        type: attrOf(r, "Type") ?? "",
        target: external ? target : resolveTarget(part, target),
        external,
      };
    });
  }

  /** The workbook part named by the package's root relationships (normally xl/workbook.xml). */
  async workbookPart(): Promise<string> {
    const root = await this.rels("");
    return root.find((r) => OFFICE_DOCUMENT_TYPE.test(r.type))?.target ?? "xl/workbook.xml";
  }

  /** The workbook's sheets in tab order, with their parts. */
  async sheets(): Promise<SheetEntry[]> {
    const workbookPart = await this.workbookPart();
    const workbook = await this.xml(workbookPart);
    const rels = await this.rels(workbookPart);
    return childrenOf(childOf(workbook ?? undefined, "sheets"), "sheet").map((sheet) => {
      const rel = rels.find((r) => r.id === attrOf(sheet, "id"));
      const kind = !rel
        ? "other"
        : WORKSHEET_TYPE.test(rel.type)
          ? "worksheet"
          : CHARTSHEET_TYPE.test(rel.type)
            ? "chartsheet"
            : "other";
      return {
        name: attrOf(sheet, "name") ?? "",
        state: attrOf(sheet, "state") ?? "visible",
        part: rel && !rel.external ? rel.target : null,
        kind,
      };
    });
  }
}
