import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseLexicon } from '../../src/lexicon/load.js';

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
