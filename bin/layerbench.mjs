#!/usr/bin/env node
// The `layerbench` command; the code is built by `npm run build` into out/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../out/cli/layerbench.mjs', import.meta.url));
if (!existsSync(entry)) {
  // The catalogue is in the bundle that is missing: this one sentence is said here, in the
  // terminal's language as src/cli/i18n.ts would choose it (--lang, then LC_ALL, LC_MESSAGES, LANG).
  const lang = process.argv.find((a, i, all) => all[i - 1] === '--lang' || a.startsWith('--lang='))?.replace('--lang=', '')
    ?? [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].find((v) => v);
  const korean = /^ko(?:[-_.@]|$)/i.test(lang ?? '');
  process.stderr.write(korean ? 'Layerbench가 아직 빌드되지 않았습니다. 먼저 “npm run build”를 실행하세요.\n' : 'Layerbench is not built yet: run “npm run build” first.\n');
  process.exit(1);
}
await import(pathToFileURL(entry).href);
