/**
 * Python baselines for `npm run bench` (PyTorch, pandas) run in virtual environments under .tmp/,
 * made on first use with pip, never by the test command. One environment per purpose, so that a
 * failed install of one baseline leaves the others measured; a mkdir lock keeps two benches from
 * installing into the same folder at once. Where a baseline cannot be had, the reason, for the table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const STALE_LOCK_MS = 20 * 60_000;

export type PythonEnv = { readonly python: string } | { readonly skip: string };

function venvPython(dir: string): string {
  return process.platform === 'win32' ? join(dir, 'Scripts', 'python.exe') : join(dir, 'bin', 'python');
}

function imports(python: string, modules: readonly string[]): boolean {
  if (!existsSync(python)) return false;
  return spawnSync(python, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8', timeout: 120_000 }).status === 0;
}

function lastLines(text: string | null | undefined, n = 3): string {
  return (text ?? '').trim().split('\n').slice(-n).join(' | ');
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock<T>(lock: string, work: () => T): T {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > STALE_LOCK_MS) rmdirSync(lock);
      else sleep(2000);
    }
  }
  try {
    return work();
  } finally {
    rmdirSync(lock);
  }
}

/**
 * A Python under .tmp/<name> that imports `modules`, installing `packages` with pip if need be.
 * Prints what it does on stderr: the install takes a minute or two the first time.
 */
export function pythonEnv(name: string, packages: readonly string[], modules: readonly string[]): PythonEnv {
  const dir = join(ROOT, '.tmp', name);
  const python = venvPython(dir);
  if (imports(python, modules)) return { python };
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  return withLock(`${dir}.lock`, () => {
    if (imports(python, modules)) return { python };
    const python3 = process.platform === 'win32' ? 'python' : 'python3';
    if (!existsSync(python)) {
      const made = spawnSync(python3, ['-m', 'venv', dir], { encoding: 'utf8', timeout: 120_000 });
      if (made.status !== 0) return { skip: `“${python3} -m venv” failed: ${made.error?.message ?? lastLines(made.stderr)}` };
    }
    process.stderr.write(`bench: installing ${packages.join(', ')} into .tmp/${name} (once)…\n`);
    const pip = spawnSync(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', ...packages], { encoding: 'utf8', timeout: 15 * 60_000 });
    if (pip.status !== 0) return { skip: `“pip install ${packages.join(' ')}” failed: ${pip.error?.message ?? lastLines(pip.stderr)}` };
    return imports(python, modules) ? { python } : { skip: `${packages.join(', ')} installed, but “import ${modules.join(', ')}” fails` };
  });
}
