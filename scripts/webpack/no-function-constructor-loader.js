// Two packages reach for the Function constructor, which our pages forbid by their CSP
// (script-src without 'unsafe-eval'):
// - zod 4 probes `new Function("")` to decide whether it may compile parsers at run time, and
//   compiles them with the Function constructor when it may; the probe fails under the CSP anyway
//   and still reports a violation. Its `const F = Function;` becomes a constructor that throws, so
//   the probe answers "no" without touching the real Function constructor and zod parses with its
//   interpreter.
// - exceljs's and jszip's browser builds (used by the web page) carry a setImmediate polyfill
//   that compiles a string argument (`new Function("" + e)`); it is only ever given functions.
//   The string case becomes an error.
// The bundles then contain no Function constructor at all (test/build/bundle-size.test.ts checks).
const PATTERN = /const F = Function;/g;
const REPLACEMENT =
  'const F = function () { throw new EvalError("code generation is disabled in this add-in"); };';
const SET_IMMEDIATE = /e=new Function\(""\+e\)/g;
const SET_IMMEDIATE_REPLACEMENT =
  'e=function(){throw new EvalError("code generation is disabled in this add-in")}';

module.exports = function stripFunctionConstructor(source) {
  return source.replace(PATTERN, REPLACEMENT).replace(SET_IMMEDIATE, SET_IMMEDIATE_REPLACEMENT);
};
module.exports.PATTERN = PATTERN;
