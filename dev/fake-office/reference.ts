import { parseReference, type Reference } from "../../src/core";
import { FakeOfficeError } from "./errors";

/** A reference given to the fake host ("A1:B2", "Sheet1!A:C"), read as Office.js reads it: bad text throws InvalidArgument. */
export function readReference(text: string): Reference {
  const reference = parseReference(text);
  if (!reference) throw new FakeOfficeError("InvalidArgument", `bad address "${text}"`);
  return reference;
}
