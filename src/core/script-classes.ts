/**
 * Character classes spelled as code point ranges instead of Unicode property escapes (\p{…}):
 * ES2018 added those, and EdgeHTML, the webview of some Office builds still in use
 * (docs/deploy.md), rejects them even in a RegExp call, so a module defining one at its top
 * level would stop the whole page.
 */

/**
 * The Han script (\p{Script=Han} as of Unicode 17, Node 20's), for a character class of a regular
 * expression with the `u` flag. test/core/script-classes.test.ts compares it with the engine's.
 */
export const HAN_CLASS =
  "\\u2E80-\\u2E99\\u2E9B-\\u2EF3\\u2F00-\\u2FD5\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303B" +
  "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFA6D\\uFA70-\\uFAD9\\u{16FE2}-\\u{16FE3}" +
  "\\u{16FF0}-\\u{16FF6}\\u{20000}-\\u{2A6DF}\\u{2A700}-\\u{2B81D}\\u{2B820}-\\u{2CEAD}" +
  "\\u{2CEB0}-\\u{2EBE0}\\u{2EBF0}-\\u{2EE5D}\\u{2F800}-\\u{2FA1D}\\u{30000}-\\u{3134A}" +
  "\\u{31350}-\\u{33479}";
