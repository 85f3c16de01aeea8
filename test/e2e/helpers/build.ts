import path from "node:path";
import { builtForTests } from "./entrypoints";

/** The repository root, where webpack.config.js lives. */
export const ROOT = path.resolve(__dirname, "../../..");

/**
 * The folder holding the built add-in: E2E_BUILD_DIR (development, with the playground) or
 * E2E_PROD_DIR (production) when set, to iterate on the tests against a build made beforehand,
 * else this run's build, which the browser set-up started in the background.
 */
export async function builtAddin(mode: "development" | "production"): Promise<string> {
  const given = process.env[mode === "production" ? "E2E_PROD_DIR" : "E2E_BUILD_DIR"];
  if (given) return given;
  const status = await builtForTests();
  const dir = mode === "production" ? status.prodDir : status.devDir;
  if (!dir) throw new Error(`this run made no ${mode} build`);
  return dir;
}
