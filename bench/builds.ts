import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import type { Grid } from "../src/core";
import { ROOT } from "./samples";

/**
 * The webpack builds the benchmark measures: the product's production build (its own
 * webpack.config.js, unchanged), and for the start-up comparison a minimal React + Fluent UI
 * page and the stub that stands in for office.js, built with the same loader and chunking.
 */

export interface Builds {
  /** The production build: taskpane.html, commands.html, result.html and their chunks. */
  product: string;
  /** What the production build put in each entry's chunks. */
  productStats?: webpack.StatsCompilation;
  /** minimal.html with its chunks, and office-stub.js. */
  reference: string;
}

type ConfigFactory = (env: unknown, argv: { mode: string }) => webpack.Configuration;

function run(
  config: webpack.Configuration | webpack.Configuration[]
): Promise<webpack.StatsCompilation> {
  const compiler = webpack(config as webpack.Configuration);
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (!stats || stats.hasErrors())
        return reject(new Error(stats?.toString({ all: false, errors: true }) ?? "no stats"));
      resolve(
        stats.toJson({
          all: false,
          ids: true,
          entrypoints: true,
          chunkGroups: true,
          chunks: true,
          chunkModules: true,
          nestedModules: true,
          // Every module by name, concatenated ones too: no "+ 17 modules" or grouping.
          chunkModulesSpace: Infinity,
          nestedModulesSpace: Infinity,
          dependentModules: true,
          groupModulesByAttributes: false,
          groupModulesByPath: false,
          groupModulesByType: false,
        })
      );
    })
  );
}

const tsRule: webpack.RuleSetRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  options: { transpileOnly: true, compilerOptions: { module: "es2020", noEmit: false } },
};

function referenceConfigs(out: string, samples: Grid[]): webpack.Configuration[] {
  const common: webpack.Configuration = {
    mode: "production",
    context: ROOT,
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    performance: { hints: false },
  };
  return [
    {
      ...common,
      entry: { minimal: path.join(ROOT, "bench/pane-start/minimal.tsx") },
      output: { path: out, filename: "[name].[contenthash:8].js", clean: false },
      optimization: { splitChunks: { chunks: "all" } },
      plugins: [
        new HtmlWebpackPlugin({
          filename: "minimal.html",
          template: path.join(ROOT, "bench/pane-start/minimal.html"),
          scriptLoading: "defer",
        }),
      ],
    },
    {
      ...common,
      entry: { "office-stub": path.join(ROOT, "bench/pane-start/office-stub.ts") },
      output: { path: out, filename: "[name].js", clean: false },
      plugins: [new webpack.DefinePlugin({ SAMPLE_GRIDS: JSON.stringify(samples) })],
    },
  ];
}

/** Runs both builds into a fresh temporary folder. */
export async function buildAll(samples: Grid[]): Promise<Builds> {
  const base = mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-"));
  const product = path.join(base, "product");
  const reference = path.join(base, "reference");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = factory({}, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: product };
  // The bench measures what ships from our own origin, whatever the shell asked for.
  delete process.env.OFFICE_JS;
  const productStats = await run(config);
  await run(referenceConfigs(reference, samples));
  return { product, reference, productStats };
}
