/**
 * A hand-edited lexicon or actors file with a mistake stops the run before any analysis
 * (exit 2, nothing written), and the message names the file, the line, the field and the fix.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';

const HEADER = (category: string) =>
  [
    'id: mine',
    'version: 1.0.0',
    `category: ${category}`,
    'language: en',
    'licence: MIT',
    'description: hand-edited words',
    'sources:',
    '  me: { title: my own list, licence: MIT }',
    'entries:',
  ].join('\n');

interface LexiconCase {
  readonly name: string;
  readonly yaml: string;
  readonly code: string;
  readonly line: number;
  /** The field named in the message, or null for a YAML syntax error (no field to name). */
  readonly field: string | null;
  /** The fix the message must suggest, and other parts it must say. */
  readonly says: readonly string[];
}

const CASES: readonly LexiconCase[] = [
  {
    name: 'YAML syntax error',
    yaml: `${HEADER('loaded')}\n  - term: [wild\n    source: me\n`,
    code: 'E_LEXICON_YAML',
    line: 11,
    field: null,
    says: ['not valid YAML', 'check indentation and quoting'],
  },
  {
    // "Billion laughs": nine levels of ten aliases each would expand to 10^9 strings.
    name: 'aliases that expand without end',
    yaml: `${HEADER('loaded').replace('entries:', ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`), 'entries:'].join('\n'))}\n  - term: wild\n    source: me\n    note: *a8\n`,
    code: 'E_LEXICON_YAML',
    line: 10,
    field: null,
    says: ['not valid YAML', 'alias', 'anchors and aliases'],
  },
  {
    name: 'wrong type',
    yaml: `${HEADER('loaded')}\n  - term: wild\n    weight: two\n    source: me\n`,
    code: 'E_LEXICON_SCHEMA',
    line: 11,
    field: 'entries[0].weight',
    says: ['expected number', 'found "two"', 'Lexicon format'],
  },
  {
    name: 'unknown field (a typo)',
    yaml: `${HEADER('loaded')}\n  - term: wild\n    polarty: -1\n    source: me\n`,
    code: 'E_LEXICON_SCHEMA',
    line: 11,
    field: 'entries[0].polarty',
    says: ['unknown field "polarty"', 'expected one of term, variants', 'did you mean `polarity`?'],
  },
  {
    name: 'unknown header field that hides a required one',
    yaml: HEADER('loaded')
      .replace('licence: MIT', 'license: MIT')
      .concat('\n  - { term: wild, source: me }\n'),
    code: 'E_LEXICON_SCHEMA',
    line: 5,
    field: 'license',
    says: ['unknown field "license"', 'did you mean `licence`?'],
  },
  {
    name: 'duplicate term',
    yaml: `${HEADER('loaded')}\n  - { term: wild, source: me }\n  - { term: tame, source: me }\n  - { term: wild, weight: 2, source: me }\n`,
    code: 'E_LEXICON_DUPLICATE',
    line: 12,
    field: 'entries[2]',
    says: ['duplicate entry "wild" (first at line 10)', 'merge the two entries'],
  },
  {
    name: 'undeclared source',
    yaml: `${HEADER('loaded')}\n  - { term: wild, source: somebody }\n`,
    code: 'E_LEXICON_SOURCE',
    line: 10,
    field: 'entries[0].source',
    says: ['not declared', 'expected one of me', 'found "somebody"', 'add it under `sources:`'],
  },
  {
    name: 'actor id not in kebab-case',
    yaml: `${HEADER('actor')}\n  - id: Evil_Corp\n    name: Evil Corp\n    type: organisation\n    source: me\n`,
    code: 'E_LEXICON_SCHEMA',
    line: 10,
    field: 'entries[0].id',
    says: ['must be kebab-case', 'found "Evil_Corp"', 'write it as "evil-corp"'],
  },
  {
    name: 'actor of an unknown type',
    yaml: `${HEADER('actor')}\n  - id: evil-corp\n    name: Evil Corp\n    type: company\n    source: me\n`,
    code: 'E_LEXICON_SCHEMA',
    line: 12,
    field: 'entries[0].type',
    says: ['found "company"', 'organisation'],
  },
  {
    name: 'duplicate actor id',
    yaml: `${HEADER('actor')}\n  - { id: acme, name: Acme, type: organisation, source: me }\n  - { id: acme, name: Acme Inc, type: organisation, source: me }\n`,
    code: 'E_LEXICON_DUPLICATE',
    line: 11,
    field: 'entries[1]',
    says: ['duplicate entry "acme"'],
  },
];

describe('a malformed lexicon or actors file fails before analysis', () => {
  it.each(CASES)('$name → $code at line $line', (c) => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-lex-'));
    writeFileSync(path.join(cwd, 'a.txt'), 'The reckless regime staged a provocation.');
    writeFileSync(path.join(cwd, 'mine.yaml'), c.yaml);
    const r = framelens(['analyze', 'a.txt', '--lexicon', 'mine.yaml', '--out', 'out'], cwd);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const message = r.stderr.trim();
    expect(message).toMatch(new RegExp(`^framelens: mine\\.yaml:${c.line}: `));
    if (c.field) expect(message).toContain(` ${c.field}: `);
    expect(message).toContain(`[${c.code}]`);
    for (const part of c.says) expect(message).toContain(part);
    expect(existsSync(path.join(cwd, 'out'))).toBe(false);
  });

  it('a missing --lexicon file or --lexicon-dir folder is exit 2 with the path, not a crash', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-lex-'));
    writeFileSync(path.join(cwd, 'a.txt'), 'Words.');
    const file = framelens(['analyze', 'a.txt', '-l', 'nope.yaml', '--out', 'out'], cwd);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('nope.yaml: cannot read lexicon file: ENOENT');
    const dir = framelens(['analyze', 'a.txt', '--lexicon-dir', 'no-dir', '--out', 'out'], cwd);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('no-dir: cannot read the lexicon folder');
    expect(dir.stderr).toContain('[E_LEXICON_READ]');
  });

  it('a lexicon saved with a BOM and Windows line endings loads', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'framelens-lex-'));
    writeFileSync(path.join(cwd, 'a.txt'), 'The flibbertigibbet minister spoke.');
    const yaml = `\ufeff${HEADER('loaded')}\n  - { term: flibbertigibbet, weight: 2, polarity: -1, source: me }\n`;
    writeFileSync(path.join(cwd, 'mine.yaml'), yaml.replace(/\n/g, '\r\n'));
    const r = framelens(['analyze', 'a.txt', '-l', 'mine.yaml', '-f', 'csv', '--out', 'out'], cwd);
    expect(r.status, r.stderr).toBe(0);
  });
});
