/**
 * A byte buffer that grows by doubling, for text and records appended piece by piece (a batch's
 * report rows, a batch's encoded summaries). Each buffer has an ArrayBuffer of its own: a small
 * `Buffer.from` would share Node's pool, which cannot be moved to another thread.
 */

/** `buf` if it holds `need` bytes, else a larger buffer with its first `used` bytes copied. */
export function withRoom<B extends Uint8Array>(buf: B, used: number, need: number): B | Buffer {
  if (need <= buf.length) return buf;
  const grown = Buffer.allocUnsafeSlow(Math.max(need, buf.length * 2, 1 << 12));
  grown.set(buf.subarray(0, used));
  return grown;
}
