/**
 * File bytes to text, strictly: UTF-8 unless a UTF-16 byte-order mark says otherwise. A file
 * that is not valid text is reported with the byte offset and line of the first bad byte
 * rather than silently decoded with replacement characters, which would put `�` into the
 * words being scored.
 */
import { InputError } from '../errors.js';

/** How far to look for a NUL byte, the mark of a binary file (the same window `git` uses). */
const BINARY_WINDOW = 8192;

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** For a lead byte: how many continuation bytes follow, and the least code point allowed. */
function sequence(b: number): readonly [number, number] | null {
  if (b < 0x80) return [0, 0];
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80];
  if (b >= 0xe0 && b <= 0xef) return [2, 0x800];
  if (b >= 0xf0 && b <= 0xf4) return [3, 0x10000];
  return null;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const seq = sequence(lead);
    if (!seq) return i;
    const [need, min] = seq;
    let cp = need === 0 ? lead : lead & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** Offset (in bytes, BOM included) of the first unpaired surrogate, or -1. */
function firstBadUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  if (bytes.length % 2 !== 0) return bytes.length - 1;
  const unit = (i: number) =>
    littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  for (let i = 2; i < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return -1;
}

function encodingError(file: string, line: number | undefined, found: string, encoding: string) {
  return new InputError(`not valid ${encoding} text`, {
    code: 'E_ENCODING',
    file,
    ...(line === undefined ? {} : { line }),
    expected: `${encoding} text`,
    found,
    hint: 'save the file as UTF-8 (or UTF-16 with a byte-order mark)',
  });
}

/** Decodes a file's bytes; `file` names it in errors. Empty and binary files are errors too. */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    const bad = firstBadUtf16(bytes, utf16 === 'utf-16le');
    if (bad >= 0)
      throw encodingError(file, undefined, `a broken character at byte ${bad}`, 'UTF-16');
    text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
  } else {
    const nul = bytes.subarray(0, BINARY_WINDOW).indexOf(0);
    if (nul >= 0) {
      throw new InputError('looks like a binary file, not text', {
        code: 'E_BINARY',
        file,
        line: lineAt(bytes, nul),
        expected: 'a text file (.txt, .md, .html)',
        found: `a NUL byte at byte ${nul}`,
        hint: 'convert the document to text, Markdown or HTML first',
      });
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // The decoder does not say where; find the first bad byte ourselves, only on failure.
      const bad = Math.max(0, firstInvalidUtf8(bytes));
      const found = `byte ${hex(bytes[bad])} at byte ${bad}`;
      throw encodingError(file, lineAt(bytes, bad), found, 'UTF-8');
    }
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new InputError(bytes.length === 0 ? 'file is empty' : 'file holds only whitespace', {
      code: 'E_EMPTY',
      file,
      expected: 'article text',
      found: bytes.length === 0 ? 'an empty file' : `${bytes.length} bytes of whitespace`,
    });
  }
  return text;
}
