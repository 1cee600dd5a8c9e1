/**
 * Regenerates the generated parts of the docs from the code and data:
 * - README.md between `<!-- codebook:start -->` and `<!-- codebook:end -->`: the CSV codebook;
 * - lexicons/RULES.md: the reference table of every lexicon entry.
 *
 *   npm run docs             # rewrite
 *   npm run docs -- --check  # exit 1 if the docs are stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLexiconDir } from '../src/lexicon/load.js';
import { rulesMarkdown } from '../src/lexicon/rules-doc.js';
import { codebookMarkdown } from '../src/report/codebook.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export function renderReadme(current: string): string {
  const start = '<!-- codebook:start -->';
  const end = '<!-- codebook:end -->';
  const a = current.indexOf(start);
  const b = current.indexOf(end);
  if (a < 0 || b < a) throw new Error('README.md lacks the codebook markers');
  return `${current.slice(0, a + start.length)}\n${codebookMarkdown()}\n${current.slice(b)}`;
}

const read = (p: string): string => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
};

const targets: { file: string; next: string }[] = [
  { file: path.join(root, 'README.md'), next: renderReadme(read(path.join(root, 'README.md'))) },
  {
    file: path.join(root, 'lexicons', 'RULES.md'),
    next: rulesMarkdown(await readLexiconDir(path.join(root, 'lexicons'))),
  },
];

let stale = false;
for (const { file, next } of targets) {
  if (read(file) === next) continue;
  const name = path.relative(root, file);
  if (process.argv.includes('--check')) {
    process.stderr.write(`${name} is stale: run \`npm run docs\`\n`);
    stale = true;
  } else {
    writeFileSync(file, next);
    process.stderr.write(`updated ${name}\n`);
  }
}
if (stale) process.exit(1);
