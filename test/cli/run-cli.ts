/** The `layerbench` command as a user runs it, through bin/layerbench.mjs on the built bundle. */
import { execFileSync, spawnSync } from 'node:child_process';

const BIN = 'bin/layerbench.mjs';

export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}

/**
 * The terminal's language is English unless `env` says otherwise, whatever the machine running
 * the tests has in LANG, so that what a test expects does not depend on it.
 */
export function runCli(args: readonly string[], timeout = 240_000, env: Readonly<Record<string, string>> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON object `--json` prints as the last line of standard output. */
export function lastJsonLine(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? '') as Record<string, unknown>;
}
