/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script that node and webpack load directly */
// Rewrites the source manifest's dev-server URLs to the deployment URL (ADDIN_URL).
// webpack.config.js calls rewriteManifest while copying manifest.xml into dist/; run on its own,
// `ADDIN_URL=https://host/path node scripts/build-manifest.js` writes dist/manifest.xml only.
const fs = require("node:fs");
const path = require("node:path");

/** The origin every URL in the source manifest uses. */
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Checks and normalises ADDIN_URL: https (Office refuses add-ins over http), no query or
 * fragment, no trailing slash. Returns the base every page URL is resolved against.
 */
function parseAddinUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ADDIN_URL 不是有效的网址：“${raw}”。示例：https://office.example.gov.cn/selfeval\n` +
        `ADDIN_URL is not a valid URL: "${raw}". Example: https://office.example.gov.cn/selfeval`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_URL 必须以 https:// 开头（Office 只加载 HTTPS 加载项）：“${raw}”\n` +
        `ADDIN_URL must start with https:// (Office loads add-ins over HTTPS only): "${raw}"`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_URL 只能包含协议、主机和路径，不能带查询、锚点或账号：“${raw}”\n` +
        `ADDIN_URL may hold only scheme, host and path, no query, fragment or credentials: "${raw}"`
    );
  }
  return { origin: url.origin, base: url.origin + url.pathname.replace(/\/+$/, "") };
}

/** Escapes text for an XML attribute or element. */
function escapeXml(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * Returns the manifest with every dev-server URL moved under the deployment base; the
 * AppDomain (an origin, not a page) becomes the deployment origin.
 */
function rewriteManifest(xml, addinUrl) {
  if (!addinUrl) return xml;
  const { origin, base } = parseAddinUrl(addinUrl);
  const dev = DEV_ORIGIN.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const appDomain = new RegExp(`<AppDomain>${dev}</AppDomain>`, "g");
  const pages = new RegExp(`${dev}(?=[/"<])`, "g");
  // The source's opening comment speaks of the dev server; the built file says what it is.
  const header = `<!-- 绩效自评助手: built from manifest.xml for ${escapeXml(base)} (see docs/deploy.md). -->`;
  return xml
    .replace(/<!--[\s\S]*?-->/, header)
    .replace(appDomain, `<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .replace(pages, escapeXml(base));
}

module.exports = { DEV_ORIGIN, parseAddinUrl, rewriteManifest };

if (require.main === module) {
  const root = path.join(__dirname, "..");
  const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  const outDir = path.join(root, "dist");
  fs.mkdirSync(outDir, { recursive: true });
  try {
    fs.writeFileSync(
      path.join(outDir, "manifest.xml"),
      rewriteManifest(source, process.env.ADDIN_URL)
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`dist/manifest.xml → ${process.env.ADDIN_URL || DEV_ORIGIN}`);
}
