// `npm test`: every check, in order, each with its time. Installs what the checks need
// that npm does not (Debian's chromium, as root, when no Chromium is found).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function run(title, command, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n=== ${title}: ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`\n=== ${title} FAILED after ${seconds} s (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status || 1);
  }
  process.stdout.write(`=== ${title} passed in ${seconds} s\n`);
}

function ensureChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return;
  if (CHROMIUMS.some((p) => existsSync(p))) return;
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    run('install chromium (apt-get)', 'bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'] );
    return;
  }
  process.stdout.write('No Chromium found: install chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH.\n');
  process.exit(1);
}

const started = Date.now();
ensureChromium();
run('type-check', 'npx', ['tsc', '-b']);
run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
run('build', 'npm', ['run', 'build', '--silent']);
run('unit tests (vitest)', 'npx', ['vitest', 'run']);
run('end-to-end (Playwright: Chromium, Electron)', 'npx', ['playwright', 'test']);
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 60000).toFixed(1)} min.\n`);
