/**
 * Size estimates for Excel on the web's payload limit: the request and the
 * response of one sync are JSON, each capped at 5 MB.
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** UTF-8 byte length of a string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value serialised as JSON (undefined counts as null). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value ?? null));
}
