/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script that node runs directly */
// Renders the SVG sources in assets/ to the PNG sizes the manifest declares, with Debian's
// chromium through playwright-core (a faithful SVG renderer that works offline).
// Run after editing an SVG: node scripts/render-icons.js — the PNGs are committed.
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const ASSETS = path.join(__dirname, "..", "assets");

/** Which source draws which size: the *-small variants are drawn on the 16 px grid. */
const JOBS = [
  {
    name: "icon",
    sizes: {
      16: "icon-small.svg",
      32: "icon.svg",
      64: "icon.svg",
      80: "icon.svg",
      128: "icon.svg",
    },
  },
  { name: "validate", sizes: { 16: "validate-small.svg", 32: "validate.svg", 80: "validate.svg" } },
  { name: "pane", sizes: { 16: "pane-small.svg", 32: "pane.svg", 80: "pane.svg" } },
  { name: "template", sizes: { 16: "template-small.svg", 32: "template.svg", 80: "template.svg" } },
];

async function render() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const job of JOBS) {
      for (const [size, source] of Object.entries(job.sizes)) {
        const svg = fs.readFileSync(path.join(ASSETS, source), "utf8");
        const px = Number(size);
        await page.setViewportSize({ width: px, height: px });
        const dataUrl = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
        await page.setContent(
          `<html><body style="margin:0;background:transparent">` +
            `<img src="${dataUrl}" width="${px}" height="${px}" style="display:block"></body></html>`
        );
        await page.waitForFunction(() => document.images[0] && document.images[0].complete);
        const out = path.join(ASSETS, `${job.name}-${px}.png`);
        await page.screenshot({
          path: out,
          omitBackground: true,
          clip: { x: 0, y: 0, width: px, height: px },
        });
        console.log(`${path.relative(process.cwd(), out)} ${px}x${px} from ${source}`);
      }
    }
  } finally {
    await browser.close();
  }
}

render().catch((error) => {
  console.error(error);
  process.exit(1);
});
