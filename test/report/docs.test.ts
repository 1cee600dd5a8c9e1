import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codebookMarkdown } from '../../src/report/codebook.js';
import { ROOT } from '../helpers/cli.js';

describe('docs', () => {
  it("the README's codebook is the generated one (run `npm run docs` after changing columns)", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(codebookMarkdown());
  });
});
