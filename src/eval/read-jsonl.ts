/**
 * Reads a gold-standard JSONL file for `framelens eval` / `train`, validating each line with a
 * zod schema. A bad line fails with its line number and the field, before any scoring.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ConfigError, quoteFound } from '../errors.js';

export async function readJsonl<S extends z.ZodType>(
  file: string,
  schema: S,
  option = '--gold',
): Promise<z.infer<S>[]> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `cannot read gold file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      {
        code: 'E_GOLD_READ',
        file,
        hint: `give the path of a JSONL file with ${option}`,
      },
    );
  }
  const out: z.infer<S>[] = [];
  const lines = raw.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ConfigError('line is not JSON', {
        code: 'E_GOLD_JSON',
        file,
        line: i + 1,
        expected: 'one JSON object per line',
        found: quoteFound(line),
      });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ConfigError(issue.message, {
        code: 'E_GOLD_SCHEMA',
        file,
        line: i + 1,
        field: issue.path.map(String).join('.') || '(record)',
        hint: 'see ../shared/data/README.md for the formats',
      });
    }
    out.push(parsed.data);
  });
  return out;
}
