import { checkWritable, type RangeTarget } from "./cells";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext, Transaction } from "./context";
import { FakeOfficeError } from "./errors";
import { overlaps } from "./model";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function ruleType(rule: Excel.DataValidationRule): string {
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !(key in RULE_TYPES)) {
    throw new FakeOfficeError("InvalidArgument", "a data validation rule has exactly one type");
  }
  return RULE_TYPES[key] ?? "None";
}

/** A fake Excel.DataValidation (ExcelApi 1.8). */
export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: (tx: Transaction) => RangeTarget
  ) {
    super(context, path, resolver);
  }

  protected defaultLoad(): string[] {
    return ["type", "rule"];
  }

  protected readProperty(_tx: Transaction, t: RangeTarget, name: string): unknown {
    const found = t.sheet.validations.filter((v) => overlaps(v.area, t.area));
    const only = found.length === 1 ? found[0] : undefined;
    switch (name) {
      case "type":
        if (found.length === 0) return "None";
        return only ? ruleType(only.rule) : "Inconsistent";
      case "rule":
        return only ? only.rule : {};
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `DataValidation has no property "${name}" in the fake`
        );
    }
  }

  get type(): string {
    return this.read("type");
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(value: Excel.DataValidationRule) {
    this.write("rule", value, (tx, t) => {
      checkWritable(t);
      ruleType(value);
      tx.workbook.setValidation(
        t.sheet,
        t.area,
        JSON.parse(JSON.stringify(value)) as Excel.DataValidationRule
      );
    });
  }

  clear(): void {
    this.call("clear", [], (tx, t) => {
      checkWritable(t);
      tx.workbook.setValidation(t.sheet, t.area, null);
    });
  }
}
