/**
 * Errors shaped like the RichApi.Error (OfficeExtension.Error) that `context.sync()`
 * rejects with: a `code` from Excel.ErrorCodes plus `debugInfo`.
 */

/** The error codes the fake raises; the names are Office's own. */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "InvalidArgument"
  | "InvalidOperationInCellEditMode"
  | "AccessDenied"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException"
  | "ApiNotFound"
  | "NotImplemented";

const DEFAULT_MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  AccessDenied: "You cannot perform the requested operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  GeneralException: "There was an internal error while processing the request.",
  ApiNotFound: "The API you are trying to use could not be found.",
  NotImplemented: "The requested feature isn't implemented.",
};

/** A RichApi.Error look-alike: `name`, `code`, `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: FakeErrorCode, detail?: string, errorLocation?: string) {
    const message = detail ? `${DEFAULT_MESSAGES[code]} (${detail})` : DEFAULT_MESSAGES[code];
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Whether a value is an error raised by the fake host. */
export function isFakeOfficeError(error: unknown): error is FakeOfficeError {
  return error instanceof FakeOfficeError;
}
