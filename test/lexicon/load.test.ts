import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseLexicon, parseSlowly, quickParse } from '../../src/lexicon/load.js';
import { ROOT } from '../helpers/cli.js';

const header = `id: t
version: 1.0.0
category: loaded
language: en
licence: MIT
description: test
sources:
  own: { title: own, licence: MIT }
entries:
`;

const bad: { name: string; body: string; line: number; field?: string; code: string }[] = [
  {
    name: 'weight out of range',
    body: `${header}  - term: reckless\n    weight: 5\n    source: own\n`,
    line: 11,
    field: 'entries[0].weight',
    code: 'E_LEXICON_SCHEMA',
  },
  {
    name: 'missing source',
    body: `${header}  - term: reckless\n  - term: wild\n    weight: 1\n`,
    line: 10,
    field: 'entries[0].source',
    code: 'E_LEXICON_SCHEMA',
  },
  {
    name: 'undeclared source',
    body: `${header}  - term: reckless\n    source: nobody\n`,
    line: 10,
    field: 'entries[0].source',
    code: 'E_LEXICON_SOURCE',
  },
  {
    name: 'duplicate term',
    body: `${header}  - { term: reckless, source: own }\n  - { term: wild, source: own }\n  - { term: reckless, source: own }\n`,
    line: 12,
    code: 'E_LEXICON_DUPLICATE',
  },
  {
    name: 'unknown field',
    body: `${header}  - { term: reckless, source: own, colour: red }\n`,
    line: 10,
    code: 'E_LEXICON_SCHEMA',
  },
  {
    name: 'bad version',
    body: `${header.replace('1.0.0', 'one')}  - { term: a, source: own }\n`,
    line: 2,
    field: 'version',
    code: 'E_LEXICON_SCHEMA',
  },
  {
    name: 'broken YAML',
    body: `${header}  - term: reckless\n    weight: [1\n  - term: b\n`,
    line: 12,
    code: 'E_LEXICON_YAML',
  },
];

describe('lexicon loading', () => {
  it.each(bad)('$name: names file, line and field', ({ body, line, field, code }) => {
    let err: unknown;
    try {
      parseLexicon(body, 'my.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const e = err as ConfigError;
    expect(e.code).toBe(code);
    expect(e.file).toBe('my.yaml');
    expect(e.line).toBe(line);
    if (field) expect(e.field).toBe(field);
    expect(e.describe()).toContain(`my.yaml:${line}`);
  });

  it('accepts a valid file and records entry lines', () => {
    const lex = parseLexicon(
      `${header}  - { term: reckless, source: own, weight: 2, polarity: -1 }\n  - { term: wild, source: own }\n`,
      'ok.yaml',
    );
    expect(lex.data.entries).toHaveLength(2);
    expect(lex.entryLines).toEqual([10, 11]);
    expect(lex.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the fast reading (js-yaml) and the positioned one (yaml) agree', () => {
  const dirs = [path.join(ROOT, 'lexicons'), path.join(ROOT, 'test', 'fixtures', 'lexicons')];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => path.join(d, f)),
  );

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const fast = parseLexicon(source, 'x.yaml');
    const slow = parseSlowly(source, 'x.yaml', 'x.yaml');
    // The fast reading is the one taken, not a fallback to the slow one.
    expect(quickParse(source)?.entryLines).toEqual(slow.entryLines);
    expect(fast.data).toEqual(slow.data);
    expect(fast.entryLines).toEqual(slow.entryLines);
    expect(fast.entryLines.every((n) => n > 0)).toBe(true);
  });

  it('on every style of list item: block, flow, on the line after its dash, after comments', () => {
    const body = `${header}  # a comment
  - term: reckless
    source: own
    not_before: [only, just]

  - { term: wild, source: own }
  -
    term: brutal
    source: own
  - term: "so called"   # trailing comment
    source: own
`;
    const fast = parseLexicon(body, 't.yaml');
    const slow = parseSlowly(body, 't.yaml', 't.yaml');
    expect(quickParse(body)?.entryLines).toEqual([11, 15, 17, 19]);
    expect(fast.entryLines).toEqual([11, 15, 17, 19]);
    expect(fast.entryLines).toEqual(slow.entryLines);
    expect(fast.data).toEqual(slow.data);
  });

  it('entries as a flow sequence, one per line', () => {
    const body = `${header.replace('entries:\n', '')}entries: [
  { term: a, source: own },
  { term: b, source: own }]
`;
    const fast = parseLexicon(body, 't.yaml');
    expect(quickParse(body)?.entryLines).toEqual([10, 11]);
    expect(fast.entryLines).toEqual([10, 11]);
    expect(fast.entryLines).toEqual(parseSlowly(body, 't.yaml', 't.yaml').entryLines);
  });
});
