import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHOICE_ENV, findChromium, type ChromiumChoice } from "./chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/**
 * The project's root: the first folder up from here with a package.json. Not a fixed number of
 * levels: the benchmark runs this file compiled into out/bench/, two levels further down.
 */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

/** The browser the set-up chose for this run (test/browser-setup.ts), or chosen now when run alone. */
function chosenChromium(): ChromiumChoice {
  const handed = process.env[CHOICE_ENV];
  if (handed) return JSON.parse(handed) as ChromiumChoice;
  const choice = findChromium(projectRoot());
  process.env[CHOICE_ENV] = JSON.stringify(choice);
  return choice;
}

/** Launches headless chromium with the flags that work in containers and make no calls home. */
export function launchChromium(): Promise<Browser> {
  const choice = chosenChromium();
  return chromium.launch({
    executablePath: choice.executable,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...choice.env },
  });
}

/** What went wrong on a page: console errors, uncaught exceptions, failed and foreign requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Records every problem of a page; any request that is not to the test server's host is
 * recorded as foreign and aborted, so nothing ever leaves the machine.
 */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    foreignRequests: [],
  };
  const host = new URL(origin).host;
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(String(error)));
  page.on("requestfailed", (request) => {
    problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === "data:" || url.protocol === "blob:" || url.host === host;
    if (local) return route.continue();
    problems.foreignRequests.push(url.href);
    return route.abort();
  });
  return problems;
}

/** Chromium's report that the CSP stopped office.js from framing its telemetry page (no request is made). */
export function isBlockedOfficeTelemetry(message: string): boolean {
  return /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/.test(
    message
  );
}
