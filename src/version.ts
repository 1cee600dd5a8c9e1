import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package version, read once from package.json (one level above src/ and dist/). */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** The project root: where `lexicons/` and `seeds/` live. */
export const PROJECT_ROOT: string = fileURLToPath(new URL('..', import.meta.url));
