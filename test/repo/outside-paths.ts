import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** A place in the project's code that reaches outside the project's root. */
export interface OutsideReference {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Folders and top-level files whose code runs in tests, scripts, the build or the product. */
export const SCANNED = [
  "src",
  "dev",
  "test",
  "bench",
  "scripts",
  "bin",
  "webpack.config.js",
  "jest.config.js",
  "package.json",
  ".ci",
];

const CODE = /\.(ts|tsx|js|mjs|cjs|json)$|^run$/;
/** The other checkout the project was built beside: a user's clone has none. */
const SHARED = /\.\.[\\/]+shared\b|["'`]shared[\\/]+fixtures/;
/** A relative path in a string literal: "../..", '../x/y'. */
const RELATIVE_LITERAL = /["'`]((?:\.\.[\\/])+(?:\.\.)?[^"'`]*)["'`]/g;
/** path.join/resolve(base, "..", "x") — the segments as separate arguments. */
const PATH_CALL = /path\.(?:join|resolve)\(([^()]*)\)/g;

/**
 * Every line of `text` (the file at `relative` inside `root`) that names ../shared or a relative
 * path which, taken from the file's own folder (or from the root for a ROOT-based call), lands
 * outside the root.
 */
export function scanText(relative: string, text: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const dir = path.posix.dirname(relative.split(path.sep).join("/"));
  const escapes = (base: string, segments: string[]) => {
    const resolved = path.posix.normalize(path.posix.join(base, ...segments));
    return resolved === ".." || resolved.startsWith("../");
  };
  text.split("\n").forEach((line, i) => {
    const at = (why: string) => found.push({ file: relative, line: i + 1, text: line.trim(), why });
    if (SHARED.test(line)) return at("names ../shared");
    for (const m of line.matchAll(RELATIVE_LITERAL))
      if (m[1] && escapes(dir, [m[1]])) return at(`"${m[1]}" leaves the root from ${dir}/`);
    for (const m of line.matchAll(PATH_CALL)) {
      const args = (m[1] ?? "").split(",").map((a) => a.trim());
      const base = args[0] === "ROOT" || args[0] === "root" ? "." : dir;
      const segments = args
        .slice(1)
        .map((a) => /^["'`](.*)["'`]$/.exec(a)?.[1])
        .filter((s): s is string => s !== undefined);
      if (segments.length > 0 && escapes(base, segments)) return at(`${m[0]} leaves the root`);
    }
    return undefined;
  });
  return found;
}

/** Scans every code file under the scanned folders of `root`. */
export function scanProject(root: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      // Fixtures are data; test/repo holds this scanner and the examples it must catch.
      if (
        /(^|[\\/])(node_modules|fixtures)$/.test(relative) ||
        relative === path.join("test", "repo")
      )
        return;
      for (const name of readdirSync(full)) visit(path.join(relative, name));
    } else if (CODE.test(path.basename(relative))) {
      found.push(...scanText(relative, readFileSync(full, "utf8")));
    }
  };
  SCANNED.forEach(visit);
  return found;
}
