import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./build";

/** Where every run's screenshots go (ignored by git); the best are copied to docs/images. */
export const SCREENSHOT_DIR = path.join(ROOT, "test-output", "screenshots");

/** Saves a screenshot of a page or one element as test-output/screenshots/<name>.png. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
}
