/**
 * Validity figures shown in the report's methods section: how well each measure agrees with
 * human annotation, as measured by `framelens eval` (or another stated command). They are data,
 * kept in `validity.json` beside the lexicons they were measured with, so a report states the
 * figures of the lexicons it actually used and a user's own lexicon folder carries its own.
 *
 *   { "description": "…",
 *     "measures": { "<measure key or finding category>": [
 *       { "figure": "F1", "value": 0.71, "n": 240, "dataset": "…", "command": "framelens eval …",
 *         "date": "2025-06-01", "note": "…" } ] } }
 *
 * A key with an empty list means "not measured yet"; the page says so rather than staying silent.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

const figure = z.strictObject({
  figure: z.string().min(1),
  value: z.number(),
  n: z.number().int().nonnegative().optional(),
  dataset: z.string().min(1),
  command: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  note: z.string().optional(),
});

export const validitySchema = z.strictObject({
  description: z.string().optional(),
  measures: z.record(z.string().min(1), z.array(figure)),
});

export type Validity = z.infer<typeof validitySchema>;
export type ValidityFigure = z.infer<typeof figure>;

export const NO_VALIDITY: Validity = { measures: {} };

/** Reads and checks a validity file; a missing file is no figures, a malformed one is an error. */
export async function readValidity(file: string): Promise<Validity> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return NO_VALIDITY;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new ConfigError(`not valid JSON: ${(err as Error).message}`, {
      code: 'E_VALIDITY',
      file,
    });
  }
  const parsed = validitySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(issue.message, {
      code: 'E_VALIDITY',
      file,
      field: issue.path.join('.'),
      hint: 'see the header comment of src/report/validity.ts for the format',
    });
  }
  return parsed.data;
}
