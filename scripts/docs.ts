/**
 * Regenerates the generated parts of the docs from the code and data:
 * - README.md between `<!-- codebook:start -->` and `<!-- codebook:end -->`: the CSV codebook.
 *
 *   npm run docs           # rewrite
 *   npm run docs -- --check  # exit 1 if the docs are stale (used by the test suite)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const readmePath = path.join(root, 'README.md');
const current = readFileSync(readmePath, 'utf8');
const next = renderReadme(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    process.stderr.write('README.md codebook is stale: run `npm run docs`\n');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(readmePath, next);
  process.stderr.write('updated README.md\n');
}
