/* eslint-disable @typescript-eslint/no-require-imports -- run by node directly, as CommonJS */
"use strict";
// The builds the browser tests share, made once per run in a child process that the browser
// set-up starts (test/e2e/global-setup.ts), so the other tests run meanwhile:
//   node test/e2e/build-for-tests.js <status.json> <dev-output-folder or ""> <prod: "1" or "">
// The production build goes where `npm run build` puts it (dist/); the development build (with
// the playground) to the folder given. When both are done, or one failed, status.json says so.
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");
const [statusFile, devDir, wantProd] = process.argv.slice(2);

/** The modules bundled into a set of chunks (a concatenated module lists the ones webpack merged). */
function modulesOfChunks(compilation, chunks) {
  const modules = [];
  for (const chunk of chunks)
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk))
      for (const m of module.modules ?? [module]) modules.push(m.nameForCondition() ?? m.identifier());
  return modules;
}

/** The chunk groups an entry loads later (import()), and theirs in turn. */
function lazyGroups(group, seen = new Set()) {
  for (const child of group.getChildren()) {
    if (seen.has(child)) continue;
    seen.add(child);
    lazyGroups(child, seen);
  }
  return [...seen];
}

/**
 * What each entry point of a compilation loads: the files and modules of its initial chunks,
 * and those it fetches later through import() (the ribbon's engine at the first click).
 */
function entrypointsOf(compilation) {
  const out = {};
  for (const [name, entry] of compilation.entrypoints) {
    const initial = new Set(entry.chunks);
    const later = lazyGroups(entry).flatMap((g) => g.chunks).filter((c) => !initial.has(c));
    out[name] = {
      files: entry.getFiles(),
      modules: modulesOfChunks(compilation, entry.chunks),
      lazyFiles: [...new Set(later.flatMap((c) => [...c.files]))],
      lazyModules: modulesOfChunks(compilation, new Set(later)),
    };
  }
  return out;
}

const factory = require(path.join(ROOT, "webpack.config.js"));
const configs = [];
if (wantProd)
  configs.push({ ...factory({}, { mode: "production" }), context: ROOT, name: "production" });
if (devDir) {
  const config = factory({}, { mode: "development" });
  configs.push({
    ...config,
    output: { ...config.output, path: devDir },
    devtool: false,
    context: ROOT,
    name: "development",
  });
}
const started = Date.now();
// Written whole, then renamed: a waiting test never reads half a file.
const finish = (status) => {
  fs.writeFileSync(
    `${statusFile}.part`,
    JSON.stringify({ ...status, seconds: (Date.now() - started) / 1000 })
  );
  fs.renameSync(`${statusFile}.part`, statusFile);
};
const compiler = webpack(configs);
compiler.run((error, stats) => {
  compiler.close(() => undefined);
  if (error || !stats)
    return finish({ ok: false, error: String(error && error.stack ? error.stack : error) });
  if (stats.hasErrors())
    return finish({
      ok: false,
      error: stats.toString({ all: false, errors: true, errorDetails: true }),
    });
  const result = { ok: true, devDir: devDir || null, prodDir: null, entrypoints: null };
  for (const s of stats.stats)
    if (s.compilation.name === "production") {
      result.prodDir = s.compilation.outputOptions.path;
      result.entrypoints = entrypointsOf(s.compilation);
    }
  finish(result);
});
