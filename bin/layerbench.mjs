#!/usr/bin/env node
// The `layerbench` command; the code is built by `npm run build` into out/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../out/cli/layerbench.mjs', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('Layerbench is not built yet: run “npm run build” first.\n');
  process.exit(1);
}
await import(pathToFileURL(entry).href);
