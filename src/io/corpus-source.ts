/**
 * Opens one corpus source (a file, or `-` for standard input) as a stream of bytes,
 * decompressing gzip when the first two bytes are gzip's magic number (1f 8b) or the name ends
 * in `.gz`. The raw bytes are hashed as they pass, for the manifest, so a corpus is read once.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';

export interface SourceDigest {
  readonly sha256: string;
  readonly bytes: number;
}

export interface CorpusSource {
  /** The bytes after decompression, in chunks. */
  readonly chunks: AsyncIterable<Buffer>;
  /** Hash and size of the raw (possibly compressed) bytes; complete once `chunks` is drained. */
  digest(): SourceDigest;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzipName(name: string): boolean {
  return name.toLowerCase().endsWith('.gz');
}

/**
 * `absPath` null reads `stdin`. `sourcePath` names the source in errors. A source that cannot
 * be opened fails with an `InputError` when iteration starts.
 */
export function openCorpusSource(
  absPath: string | null,
  sourcePath: string,
  stdin: Readable = process.stdin,
  onBytes?: (n: number) => void,
): CorpusSource {
  const hash = createHash('sha256');
  let bytes = 0;
  async function* raw(): AsyncGenerator<Buffer> {
    const input = absPath === null ? stdin : createReadStream(absPath);
    try {
      for await (const chunk of input) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        hash.update(buf);
        bytes += buf.length;
        onBytes?.(buf.length);
        yield buf;
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const missing = code === 'ENOENT' || code === 'ENOTDIR';
      throw new InputError(missing ? 'file not found' : 'file cannot be read', {
        code: missing ? 'E_NOT_FOUND' : 'E_UNREADABLE',
        file: sourcePath,
        expected: 'a readable corpus file',
        found: code ?? String(err),
      });
    }
  }
  async function* decoded(): AsyncGenerator<Buffer> {
    const it = raw()[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done) return;
    const head = first.value;
    const gzip =
      (head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) ||
      isGzipName(sourcePath);
    if (!gzip) {
      yield head;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      return;
    }
    const gunzip = createGunzip();
    // Feed the raw chunks in while reading the decompressed ones out, with backpressure.
    const feed = (async () => {
      let chunk: Buffer | undefined = head;
      while (chunk !== undefined) {
        if (!gunzip.write(chunk)) {
          await new Promise<void>((resolve) => gunzip.once('drain', resolve));
        }
        const r = await it.next();
        chunk = r.done ? undefined : r.value;
      }
      gunzip.end();
    })();
    feed.catch((err: unknown) => gunzip.destroy(err as Error));
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError('not a readable gzip stream', {
        code: 'E_GZIP',
        file: sourcePath,
        expected: 'gzip-compressed data',
        found: (err as NodeJS.ErrnoException).code ?? String(err),
      });
    }
    await feed;
  }
  let digest: SourceDigest | null = null;
  return {
    chunks: decoded(),
    digest: () => {
      digest ??= { sha256: hash.digest('hex'), bytes };
      return digest;
    },
  };
}
