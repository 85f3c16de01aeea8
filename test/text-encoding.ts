import { TextDecoder, TextEncoder } from "node:util";

// jsdom, which the pane's tests and a few shell tests run in, leaves out the Encoding API that
// every browser and Node have; the .xlsx shell decodes a workbook's parts with TextDecoder (as
// 网页版 does in the browser), so those tests get Node's own.
const scope = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
scope.TextDecoder ??= TextDecoder;
scope.TextEncoder ??= TextEncoder;
