// zod 4 probes `new Function("")` to decide whether it may compile parsers at run time, and
// compiles them with the Function constructor when it may. Our pages forbid that by their CSP
// (script-src without 'unsafe-eval'), where the probe fails anyway and still reports a CSP
// violation. This loader replaces zod's `const F = Function;` with a constructor that throws,
// so the probe answers "no" without touching the real Function constructor, zod parses with
// its interpreter, and the bundles contain no Function constructor at all
// (test/build/bundle-size.test.ts checks that).
const PATTERN = /const F = Function;/g;
const REPLACEMENT =
  'const F = function () { throw new EvalError("code generation is disabled in this add-in"); };';

module.exports = function stripFunctionConstructor(source) {
  return source.replace(PATTERN, REPLACEMENT);
};
module.exports.PATTERN = PATTERN;
