import type { HintLanguage } from "../hint-words";

/** Where a problem stands: "第 2 条提示的 field" or the key alone. */
const where = (p: { hint?: number; key: string }) =>
  "hint" in p && p.hint !== undefined ? `第 ${p.hint} 条提示的 ${p.key}` : p.key;

const TYPES = { text: "文本", list: "列表", object: "对象", number: "数字", other: "其他类型" };

/** Layout-hint problems in zh-CN. */
export const zhCN: HintLanguage = {
  "unknown-field": (p) => `${where(p)} 不是已知的字段（应为 ${p.fields} 之一）`,
  "unknown-keys": (p) =>
    `${"hint" in p && p.hint !== undefined ? `第 ${p.hint} 条提示` : "布局文件"}有未知的项：${p.keys}`,
  "wrong-type": (p) => `${where(p)} 应为${TYPES[p.expected]}`,
  "not-a-cell": (p) => `${where(p)} 不是单元格地址（如 G12）`,
  "bad-version": () => `version 应为 1`,
  invalid: (p) => `${where(p)} 无效`,
};
