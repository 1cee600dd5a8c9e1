import { execFileSync } from 'node:child_process';

/** The CLI tests spawn the real binary, dist/cli.js: build it once before the suite. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
