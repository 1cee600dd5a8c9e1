/**
 * A fault (a bug, not bad input) while analyzing one article must not cost the others: the run
 * records it in errors.csv as E_INTERNAL, writes every other article, and returns exit code 1
 * so the bug is not mistaken for bad input. The fault is injected through a lexicon whose
 * index holds a form without an entry, which throws a TypeError on the one article using it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXIT, runAnalyze } from '../../src/index.js';
import { DEFAULT_FIELDS } from '../../src/io/corpus-record.js';
import type { Form, Lexicon } from '../../src/lexicon/compile.js';
import { stemKey } from '../../src/text/stem.js';
import { fixtureLexicon } from '../helpers/fixture-lexicon.js';

describe('an internal error on one article', () => {
  it('is E_INTERNAL in errors.csv, the others are written, exit code 1', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-fault-'));
    writeFileSync(path.join(cwd, 'a.txt'), 'The reckless regime staged a provocation.');
    writeFileSync(path.join(cwd, 'b.txt'), 'Here the word kaboom trips the broken entry.');
    const good = await fixtureLexicon();
    const broken = { keys: [stemKey('kaboom')], norms: null, caseRule: null, surface: ['kaboom'] };
    const index = new Map(good.index);
    index.set(stemKey('kaboom'), [broken as unknown as Form]);
    const lexicon: Lexicon = { ...good, index };
    const warnings: string[] = [];
    const report = await runAnalyze(
      {
        paths: ['a.txt', 'b.txt'],
        out: path.join(cwd, 'out'),
        formats: new Set(['csv']),
        strict: false,
        cwd,
        lexicon,
        corpus: { fields: DEFAULT_FIELDS, stdinFormat: null, stdinName: 'stdin', lineOffset: 0 },
        jobs: 1,
        sideBySideMax: 9,
        recorded: {},
      },
      (line) => warnings.push(line),
    );
    expect(report.exitCode).toBe(EXIT.internal);
    expect(report.articles).toBe(1);
    const errors = parse(readFileSync(path.join(cwd, 'out', 'errors.csv')), { columns: true });
    expect(errors).toEqual([
      expect.objectContaining({ source_path: 'b.txt', code: 'E_INTERNAL', found: '"TypeError"' }),
    ]);
    expect(warnings.join('\n')).toContain('b.txt: internal error while analyzing');
    expect(warnings.join('\n')).toContain('TypeError');
    const articles = parse(readFileSync(path.join(cwd, 'out', 'articles.csv')), {
      columns: true,
    }) as { article_id: string }[];
    expect(articles.map((a) => a.article_id)).toEqual(['a']);
  });
});
