import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

/** The repository root, where webpack.config.js lives. */
export const ROOT = path.resolve(__dirname, "../../..");

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: string }
) => webpack.Configuration;

/**
 * Builds the add-in with the project's own webpack config into `outDir`: "development"
 * includes the playground, "production" is what ships.
 */
export async function buildBundle(
  mode: "development" | "production",
  outDir: string
): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = factory({}, { mode });
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  config.context = ROOT;
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        const text =
          stats?.toString({ all: false, errors: true, errorDetails: true }) ?? "no stats";
        return reject(new Error(`webpack ${mode} build failed:\n${text}`));
      }
      resolve();
    });
  });
}

/**
 * A folder holding the built add-in: E2E_BUILD_DIR when set (a build made beforehand, to
 * iterate on the tests quickly), else a fresh build in a temporary folder.
 */
export async function prepareBuild(
  mode: "development" | "production",
  tmpPrefix: string
): Promise<{ dir: string; cleanUp: () => void }> {
  const given = process.env[mode === "production" ? "E2E_PROD_DIR" : "E2E_BUILD_DIR"];
  if (given) return { dir: given, cleanUp: () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  await buildBundle(mode, dir);
  return { dir, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}
