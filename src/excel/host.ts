/**
 * What the shell needs from Office: Excel.run, requirement-set checks and the
 * document's settings. Production code takes them from the globals; tests, the
 * playground and the benchmark pass the fake host.
 */

/** The part of Office.context.document.settings the shell uses. */
export type DocumentSettings = Pick<
  Office.Settings,
  "get" | "set" | "remove" | "saveAsync" | "refreshAsync"
>;

export interface OfficeHost {
  run<T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
  isSetSupported(name: string, minVersion?: string): boolean;
  settings: DocumentSettings;
}

/** The shape of the Office and Excel globals (or of the fake host's stand-ins for them). */
export interface OfficeGlobals {
  Excel: {
    run<T>(
      options: Excel.RunOptions,
      batch: (context: Excel.RequestContext) => Promise<T>
    ): Promise<T>;
  };
  Office: {
    context: {
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
      document: { settings: DocumentSettings };
    };
  };
}

/** A host over the Office.js globals, or over objects shaped like them. */
export function officeHost(globals?: OfficeGlobals): OfficeHost {
  const excel = (): OfficeGlobals["Excel"] => globals?.Excel ?? Excel;
  const office = (): OfficeGlobals["Office"] => globals?.Office ?? Office;
  return {
    run: (options, batch) => excel().run(options, batch),
    isSetSupported: (name, minVersion) =>
      office().context.requirements.isSetSupported(name, minVersion),
    get settings() {
      return office().context.document.settings;
    },
  };
}

/** The optional requirement sets, checked once per action. */
export interface ExcelFeatures {
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  merges: boolean;
  /** ExcelApi 1.9: RangeFill.pattern (tells "no fill" from a white fill), PageLayout. */
  fillPattern: boolean;
  pageLayout: boolean;
  /** ExcelApi 1.8: data validation on inserted forms. */
  dataValidation: boolean;
}

/** The floor: getRangeByIndexes, getUsedRange(valuesOnly), *OrNullObject, getIntersectionOrNullObject. */
export const FLOOR_VERSION = "1.7";

export function detectFeatures(host: OfficeHost): ExcelFeatures {
  return {
    merges: host.isSetSupported("ExcelApi", "1.13"),
    fillPattern: host.isSetSupported("ExcelApi", "1.9"),
    pageLayout: host.isSetSupported("ExcelApi", "1.9"),
    dataValidation: host.isSetSupported("ExcelApi", "1.8"),
  };
}
