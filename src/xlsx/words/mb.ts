/** Bytes as megabytes with one decimal, as the problems word sizes. */
export function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
