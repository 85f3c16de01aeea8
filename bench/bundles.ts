import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type webpack from "webpack";

/** Gzip sizes of the JavaScript each production page loads before it runs. */

export interface PageBundle {
  page: string;
  files: string[];
  /** gzip -9 bytes of each file, in the order of `files`. */
  fileGzipBytes: number[];
  /** Sum of each file's gzip -9 size, in bytes. */
  gzipBytes: number;
  rawBytes: number;
}

/** The bundle scripts a built page references (office.js, Microsoft's own, is not ours). */
export function pageScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g), (m) => m[1]!).filter(
    (src) => !src.includes("office-js/") && !/^https?:/.test(src)
  );
}

/** Measures one page of a build folder. */
export function measurePage(dir: string, page: string): PageBundle {
  const html = readFileSync(path.join(dir, `${page}.html`), "utf8");
  const files = pageScripts(html);
  if (files.length === 0) throw new Error(`${page}.html loads no bundle`);
  let rawBytes = 0;
  const fileGzipBytes = files.map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    rawBytes += bytes.length;
    return zlib.gzipSync(bytes, { level: 9 }).length;
  });
  const gzipBytes = fileGzipBytes.reduce((a, b) => a + b, 0);
  return { page, files, fileGzipBytes, gzipBytes, rawBytes };
}

/** The files a named import() chunk group fetches (the ribbon's engine at the first click). */
export function measureLazy(
  dir: string,
  stats: webpack.StatsCompilation,
  group: string,
  page: string
): PageBundle {
  const assets = stats.namedChunkGroups?.[group]?.assets ?? [];
  const files = assets.map((a) => a.name).filter((name) => name.endsWith(".js"));
  if (files.length === 0) throw new Error(`no chunk group ${group} in the build`);
  let rawBytes = 0;
  const fileGzipBytes = files.map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    rawBytes += bytes.length;
    return zlib.gzipSync(bytes, { level: 9 }).length;
  });
  return {
    page,
    files,
    fileGzipBytes,
    gzipBytes: fileGzipBytes.reduce((a, b) => a + b, 0),
    rawBytes,
  };
}

export interface PackageShare {
  /** An npm package, or a folder of src/. */
  name: string;
  /** Bytes of module source before minification. */
  bytes: number;
}

function packageOf(moduleName: string): string {
  const inNodeModules = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(moduleName);
  if (inNodeModules) return inNodeModules[1]!.replace("\\", "/");
  const inSrc = /\.[\\/](src[\\/][^\\/]+)/.exec(moduleName);
  if (inSrc) return inSrc[1]!.replace("\\", "/");
  return moduleName.trim() === "" || moduleName.startsWith("webpack/")
    ? "(webpack runtime)"
    : moduleName;
}

/** What an entry's initial chunks hold, grouped by package, largest first (pre-minification sizes). */
export function packageShares(stats: webpack.StatsCompilation, entry: string): PackageShare[] {
  const chunkIds = new Set(stats.entrypoints?.[entry]?.chunks ?? []);
  const sizes = new Map<string, number>();
  for (const chunk of stats.chunks ?? []) {
    if (!chunkIds.has(chunk.id!)) continue;
    for (const m of chunk.modules ?? []) {
      const parts = m.modules && m.modules.length > 0 ? m.modules : [m];
      for (const part of parts) {
        const name = packageOf(part.name ?? "");
        sizes.set(name, (sizes.get(name) ?? 0) + (part.size ?? 0));
      }
    }
  }
  return [...sizes.entries()]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}
