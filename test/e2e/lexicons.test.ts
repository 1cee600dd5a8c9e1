/** `framelens lexicons list|show|validate`, run as a user would (the built binary). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-lexicons-'));
const head =
  'id: mine\nversion: 1.0.0\ncategory: loaded\nlanguage: en\nlicence: MIT\ndescription: x\nsources:\n  me: { title: my words, licence: CC0 }\nentries:\n';
const file = (name: string, body: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, head + body);
  return p;
};

describe('framelens lexicons show', () => {
  it('"claims": the hedge and the distancing verb, with file, line, class, conditions, note, source and licence', () => {
    const r = framelens(['lexicons', 'show', 'claims']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^hedge:claim {2}lexicons\/hedges\.yaml:\d+$/m);
    expect(r.stdout).toMatch(/^reporting_verb:claim {2}lexicons\/reporting-verbs\.yaml:\d+$/m);
    expect(r.stdout).toMatch(/^ {2}class {6}distancing$/m);
    expect(r.stdout).toContain('not before: responsibility');
    expect(r.stdout).toContain('(licence MIT)');
    expect(r.stdout).toContain('note       ');
  });

  it('a hyphenated phrase and an inflected form match as in the analyzer', () => {
    expect(framelens(['lexicons', 'show', 'so-called']).stdout).toContain('hedge:so called');
    expect(framelens(['lexicons', 'show', 'provocations']).stdout).toContain('loaded:provocation');
  });

  it('"US" is the country, "us" is not; a word of a phrase is shown as such', () => {
    expect(framelens(['lexicons', 'show', 'US']).stdout).toContain('actor:united-states');
    const us = framelens(['lexicons', 'show', 'us']);
    expect(us.stdout).not.toContain('actor:');
    expect(us.stderr).toContain('no entry matches "us"');
    expect(framelens(['lexicons', 'show', 'called']).stdout).toContain('hedge:so called');
  });

  it('shows an entry of a --lexicon file with its path and its source licence', () => {
    const mine = file(
      'show.yaml',
      '  - { term: flibbertigibbet, weight: 2, polarity: -1, source: me }\n',
    );
    const without = framelens(['lexicons', 'show', 'flibbertigibbet']);
    expect(without.stdout).toBe('');
    const r = framelens(['lexicons', 'show', 'flibbertigibbet', '-l', mine]);
    expect(r.stdout).toContain('loaded:flibbertigibbet');
    expect(r.stdout).toContain('show.yaml:10');
    expect(r.stdout).toContain('me: my words (licence CC0)');
  });
});

describe('framelens lexicons list', () => {
  it('one tab-separated line per entry of the category, with a header', () => {
    const r = framelens(['lexicons', 'list', '--category', 'booster']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('category\tterm\tclass\tweight\tpolarity\tsource\tfile\tline');
    expect(lines.length - 1).toBeGreaterThanOrEqual(100);
    expect(lines.slice(1).every((l) => l.split('\t')[0] === 'booster')).toBe(true);
    expect(r.stderr).toContain(`${lines.length - 1} entries`);
  });

  it('rejects an unknown category with exit 2', () => {
    expect(framelens(['lexicons', 'list', '--category', 'spin']).status).toBe(2);
  });
});

describe('framelens lexicons validate', () => {
  it('a clean file: exit 0', () => {
    const ok = file('ok.yaml', '  - { term: flibbertigibbet, source: me }\n');
    const r = framelens(['lexicons', 'validate', ok]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('0 error(s)');
  });

  it('a schema error: exit 2 with file:line:field', () => {
    const bad = file('bad.yaml', '  - term: wild\n    weight: 9\n    source: me\n');
    const r = framelens(['lexicons', 'validate', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:11: entries[0].weight`);
  });

  it('lint errors against the shipped lexicons: exit 2 naming each problem; a missing note only warns', () => {
    const lint = file(
      'lint.yaml',
      '  - { term: sheer, source: me }\n  - { term: Wild, source: me }\n  - { term: blustery, source: me, not_before: [wind] }\n',
    );
    const r = framelens(['lexicons', 'validate', lint]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `error: ${lint}:10: term: loaded:sheer matches the same words as booster:sheer`,
    );
    expect(r.stderr).toContain(`error: ${lint}:11: entries[1].term: "Wild" has upper-case letters`);
    expect(r.stderr).toContain(`warning: ${lint}:12: entries[2].note:`);
    const warnOnly = file('warn.yaml', '  - { term: blustery, source: me, not_before: [wind] }\n');
    expect(framelens(['lexicons', 'validate', warnOnly]).status).toBe(0);
  });
});
