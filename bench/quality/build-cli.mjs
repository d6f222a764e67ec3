// Bundles the `layerbench` command like scripts/build-cli.mjs, but into .tmp/quality/cli/, so that
// the quality runs use one fixed build while other work rebuilds out/cli (packages stay external
// and resolve from the repository's node_modules, as in the real bundle).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const outfile = process.argv[2] ?? '.tmp/quality/cli/layerbench.mjs';
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { __LAYERBENCH_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
console.log(`built ${outfile}`);
