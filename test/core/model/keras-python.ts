/**
 * A Python with Keras 3, JAX and Pillow for keras-run.test.ts and the train.py tests: one already
 * made (LAYERBENCH_KERAS_PYTHON, .tmp/keras-venv, or the .tmp/py a developer may have), else a
 * virtual environment created under .tmp/keras-venv with `pip install keras jax pillow`, once,
 * under a lock so that two test runs never install at the same time (an older .tmp/keras-venv
 * without Pillow gets it added). Where that cannot be done, the reason why, for a skip.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VENV = join(REPO_ROOT, '.tmp', 'keras-venv');
const LOCK = `${VENV}.lock`;
/** A lock older than this was left by a run that died. */
const STALE_LOCK_MS = 20 * 60_000;
const INSTALL_TIMEOUT_MS = 10 * 60_000;

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the command could not be started at all (no such program). */
  readonly spawnError?: string;
}

/** Runs a program with `input` on its stdin; never throws. */
export function runProgram(command: string, args: readonly string[], opts: { input?: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(command, [...args], { env: { ...process.env, KERAS_BACKEND: 'jax', ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ code: null, stdout: '', stderr: '', spawnError: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

function venvPython(venv: string): string {
  return process.platform === 'win32' ? join(venv, 'Scripts', 'python.exe') : join(venv, 'bin', 'python');
}

async function hasKeras(python: string): Promise<boolean> {
  if (!existsSync(python)) return false;
  const r = await runProgram(python, ['-c', 'import keras, jax, PIL; print(keras.__version__)'], { timeoutMs: 120_000 });
  return r.code === 0 && /^3\./.test(r.stdout.trim());
}

function lastLines(text: string, n = 4): string {
  return text.trim().split('\n').slice(-n).join(' | ');
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK, { recursive: false });
      break;
    } catch {
      const since = await stat(LOCK).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > STALE_LOCK_MS) await rmdir(LOCK).catch(() => undefined);
      else await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(LOCK).catch(() => undefined);
  }
}

async function createVenv(): Promise<{ python: string } | { skip: string }> {
  await mkdir(join(REPO_ROOT, '.tmp'), { recursive: true });
  return withLock(async () => {
    const python = venvPython(VENV);
    // Another run may have made it while this one waited for the lock.
    if (await hasKeras(python)) return { python };
    const python3 = process.platform === 'win32' ? 'python' : 'python3';
    const version = await runProgram(python3, ['--version'], { timeoutMs: 30_000 });
    if (version.code !== 0) return { skip: `no ${python3} to make a virtual environment with (${version.spawnError ?? lastLines(version.stderr)})` };
    if (!existsSync(python)) {
      const made = await runProgram(python3, ['-m', 'venv', VENV], { timeoutMs: 120_000 });
      if (made.code !== 0) return { skip: `“${python3} -m venv” failed: ${made.spawnError ?? lastLines(made.stderr)}` };
    }
    const pip = await runProgram(python, ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', 'keras', 'jax', 'pillow'], { timeoutMs: INSTALL_TIMEOUT_MS });
    if (pip.code !== 0) return { skip: `“pip install keras jax pillow” failed: ${pip.spawnError ?? lastLines(pip.stderr)}` };
    return (await hasKeras(python)) ? { python } : { skip: 'keras, jax and pillow were installed but “import keras, jax, PIL” fails with KERAS_BACKEND=jax' };
  });
}

/** A Python that imports Keras 3 with the JAX backend, made if need be; or why there is none. */
export async function kerasPython(): Promise<{ python: string } | { skip: string }> {
  const found = [process.env.LAYERBENCH_KERAS_PYTHON, venvPython(VENV), venvPython(join(REPO_ROOT, '.tmp', 'py'))];
  for (const python of found) if (python && (await hasKeras(python))) return { python };
  return createVenv();
}
