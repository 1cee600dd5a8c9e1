import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens } from '../helpers/cli.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'framelens-cli-'));

describe('framelens CLI', () => {
  it('--help lists the commands with examples, --version prints the version', () => {
    const help = framelens(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('analyze [paths..]');
    const analyzeHelp = framelens(['analyze', '--help']);
    expect(analyzeHelp.stdout).toContain('Examples:');
    const version = framelens(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('a bad option fails with exit 2 and a message on stderr', () => {
    const r = framelens(['analyze', '--format', 'pdf', '--out', tmp()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pdf');
    expect(r.stdout).toBe('');
  });

  it('a missing input among good ones: the rest is analyzed, exit 3, errors.csv names it', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'good.txt'), 'The reckless regime staged a provocation.');
    const out = path.join(dir, 'out');
    const r = framelens([
      'analyze',
      path.join(dir, 'good.txt'),
      path.join(dir, 'missing.txt'),
      '--out',
      out,
    ]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('missing.txt');
    expect(readFileSync(path.join(out, 'errors.csv'), 'utf8')).toContain('missing.txt');
    expect(readFileSync(path.join(out, 'articles.csv'), 'utf8')).toContain('good');
  });

  it('nothing readable: exit 2; --strict makes a skipped input fatal', () => {
    const dir = tmp();
    expect(
      framelens(['analyze', path.join(dir, 'none.txt'), '--out', path.join(dir, 'o')]).status,
    ).toBe(2);
    writeFileSync(path.join(dir, 'good.txt'), 'A text.');
    const strict = framelens([
      'analyze',
      path.join(dir, 'good.txt'),
      path.join(dir, 'none.txt'),
      '--strict',
      '--out',
      path.join(dir, 'o2'),
    ]);
    expect(strict.status).toBe(2);
  });

  it('a malformed --lexicon fails before analysis, naming file, line and field', () => {
    const dir = tmp();
    const lex = path.join(dir, 'mine.yaml');
    writeFileSync(
      lex,
      'id: mine\nversion: 1.0.0\ncategory: loaded\nlanguage: en\nlicence: MIT\ndescription: x\nsources:\n  me: { title: me, licence: MIT }\nentries:\n  - term: wild\n    weight: 9\n    source: me\n',
    );
    const r = framelens(['analyze', '--lexicon', lex, '--out', path.join(dir, 'o')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${lex}:11`);
    expect(r.stderr).toContain('entries[0].weight');
  });

  it('--lexicon adds entries that then fire', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.txt'), 'The flibbertigibbet minister spoke.');
    const lex = path.join(dir, 'mine.yaml');
    writeFileSync(
      lex,
      'id: mine\nversion: 1.0.0\ncategory: loaded\nlanguage: en\nlicence: MIT\ndescription: x\nsources:\n  me: { title: me, licence: MIT }\nentries:\n  - { term: flibbertigibbet, weight: 2, polarity: -1, source: me }\n',
    );
    const out = path.join(dir, 'o');
    expect(
      framelens(['analyze', path.join(dir, 'a.txt'), '-l', lex, '-f', 'csv', '--out', out]).status,
    ).toBe(0);
    const csv = readFileSync(path.join(out, 'findings.csv'), 'utf8');
    expect(csv).toContain('loaded:flibbertigibbet');
    expect(csv).toContain(lex);
  });

  it('a rerun with fewer formats removes the files the earlier run wrote', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.txt'), 'A text.');
    const out = path.join(dir, 'o');
    framelens(['analyze', path.join(dir, 'a.txt'), '--out', out]);
    framelens(['analyze', path.join(dir, 'a.txt'), '-f', 'csv', '--out', out]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.map((o: { file: string }) => o.file)).not.toContain('report.html');
    expect(() => readFileSync(path.join(out, 'report.html'))).toThrow();
  });
});
