// Bundles the `layerbench` command (src/cli) into out/cli/layerbench.mjs. Packages stay
// external so that tfjs finds its wasm files and Dawn its native module in node_modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'out/cli/layerbench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  define: { __LAYERBENCH_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
