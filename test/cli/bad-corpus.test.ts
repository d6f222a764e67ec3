/**
 * The corpus of hostile and mis-encoded inputs (test/fixtures/bad/cases.json) against the built
 * CLI: each case's exit code and plain sentence, and for all of them no "internal error", no raw
 * system code, no stack trace and no wall of echoed input.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BAD = 'test/fixtures/bad';
const FIXTURES = 'test/fixtures';
const SHAPES = 'resources/samples/shapes';

interface Case {
  readonly name: string;
  readonly setup?: string;
  readonly args: readonly string[];
  readonly exit: number;
  readonly stdout?: readonly string[];
  readonly stderr?: readonly string[];
  readonly notStdout?: readonly string[];
  readonly notStderr?: readonly string[];
}

const corpus = JSON.parse(readFileSync(join(BAD, 'cases.json'), 'utf8')) as { cases: Case[] };
const RAW_CODES = /\b(ENOENT|EISDIR|ENOTDIR|EACCES|EPERM|ELOOP|EMFILE|ENFILE|ENAMETOOLONG|EEXIST|EXDEV|ENOSPC|EIO|ERR_[A-Z_]+)\b/;
const STACK = /\n\s+at .+:\d+:\d+/;
const MAX_STDERR_CHARS = 3000;

let root = '';
let model = '';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  root = mkdtempSync(join(tmpdir(), 'layerbench-bad-'));
  model = join(root, 'trained');
  const r = spawnSync(process.execPath, ['bin/layerbench.mjs', 'train', 'resources/samples/penguins.csv', '--target', 'species', '--epochs', '3', '--seed', '1', '--backend', 'cpu', '--out', model], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`training the corpus model failed: ${r.stderr}`);
}, 240_000);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function shapesFolder(dir: string): string {
  const shapes = join(dir, 'shapes');
  for (const cls of ['circle', 'square']) {
    mkdirSync(join(shapes, cls), { recursive: true });
    for (const file of readdirSync(join(SHAPES, cls)).slice(0, 4)) copyFileSync(join(SHAPES, cls, file), join(shapes, cls, file));
  }
  return shapes;
}

/** The manifest's entry for `name` made to match the file again (so that another check is what refuses). */
function resealManifest(folder: string, name: string): void {
  const path = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { files: { name: string; bytes: number; sha256: string }[] };
  const bytes = readFileSync(join(folder, name));
  for (const f of manifest.files) {
    if (f.name === name) Object.assign(f, { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  writeFileSync(path, JSON.stringify(manifest));
}

function modelCopy(dir: string, change: string): void {
  const folder = join(dir, 'model');
  cpSync(model, folder, { recursive: true });
  switch (change) {
    case 'mixed': {
      // As a save killed half-way left it: another run's preprocessing beside these weights.
      const pre = JSON.parse(readFileSync(join(folder, 'preprocessing.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(folder, 'preprocessing.json'), JSON.stringify({ ...pre, seed: 99 }, null, 2));
      return;
    }
    case 'truncated-weights':
      truncateSync(join(folder, 'weights.bin'), 100);
      return;
    case 'weights-escape': {
      const json = JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8')) as { weightsManifest: { paths: string[] }[] };
      for (const group of json.weightsManifest) group.paths = ['../../../../../../etc/passwd'];
      writeFileSync(join(folder, 'model.json'), JSON.stringify(json));
      resealManifest(folder, 'model.json');
      return;
    }
    case 'no-manifest':
      rmSync(join(folder, 'manifest.json'));
      return;
    default:
      throw new Error(`unknown model change ${change}`);
  }
}

function setUp(setup: string, dir: string): void {
  const [kind, arg = ''] = setup.split(':');
  switch (kind) {
    case 'image-folder-with':
      copyFileSync(join(BAD, arg), join(shapesFolder(dir), 'circle', arg));
      return;
    case 'image-csv-with-escapes': {
      const shapes = shapesFolder(dir);
      copyFileSync(join(SHAPES, 'circle', 'circle-000.png'), join(dir, 'secret.png'));
      symlinkSync(join(dir, 'secret.png'), join(shapes, 'circle', 'escape.png'));
      const rows = ['path,label'];
      for (const cls of ['circle', 'square']) for (const f of readdirSync(join(shapes, cls))) rows.push(`${cls}/${f},${cls}`);
      rows.push('../secret.png,square');
      writeFileSync(join(shapes, 'list.csv'), `${rows.join('\n')}\n`);
      return;
    }
    case 'user-folder':
      mkdirSync(join(dir, 'photos'));
      writeFileSync(join(dir, 'photos', 'holiday.jpg'), 'not a model');
      return;
    case 'model':
      modelCopy(dir, arg);
      return;
    case 'deep-spec':
      writeFileSync(join(dir, 'deep.json'), `{"inputShape": [4], "layers": [{"type": "dense", "units": ${'['.repeat(100_000)}1${']'.repeat(100_000)}}]}`);
      return;
    case 'huge-spec-value':
      writeFileSync(join(dir, 'huge.json'), JSON.stringify({ inputShape: [4], layers: [{ type: 'x'.repeat(4_000_000), units: 3 }] }));
      return;
    default:
      throw new Error(`unknown setup ${setup}`);
  }
}

describe('the corpus of bad inputs, through the CLI', () => {
  it('holds every kind of case the reliability work names', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(25);
    const setups = new Set(corpus.cases.map((c) => c.setup?.split(':')[0]));
    for (const kind of ['image-folder-with', 'image-csv-with-escapes', 'model', 'deep-spec', 'huge-spec-value']) expect(setups).toContain(kind);
  });

  for (const c of corpus.cases) {
    it(c.name, () => {
      const dir = mkdtempSync(join(root, 'case-'));
      if (c.setup) setUp(c.setup, dir);
      const args = c.args.map((a) => a.replace('{bad}', BAD).replace('{fixtures}', FIXTURES).replace('{tmp}', dir).replace('{model}', model));
      // In English whatever the machine's LANG: the cases match English sentences.
      const r = spawnSync(process.execPath, ['bin/layerbench.mjs', ...args], { encoding: 'utf8', timeout: 180_000, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      const shown = `exit ${r.status}\n--- stdout\n${r.stdout.slice(-2000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`;
      expect(r.status, shown).toBe(c.exit);
      for (const re of c.stdout ?? []) expect(r.stdout, shown).toMatch(new RegExp(re));
      for (const re of c.stderr ?? []) expect(r.stderr, shown).toMatch(new RegExp(re));
      for (const re of c.notStdout ?? []) expect(r.stdout, shown).not.toMatch(new RegExp(re));
      for (const re of c.notStderr ?? []) expect(r.stderr, shown).not.toMatch(new RegExp(re));
      const all = r.stdout + r.stderr;
      expect(all, shown).not.toMatch(/internal error/i);
      expect(all, shown).not.toMatch(RAW_CODES);
      expect(all, shown).not.toMatch(STACK);
      // A usage error prints the usage after its sentence; what is measured is what precedes it.
      expect(r.stderr.split('\nUsage:\n')[0]?.length, shown).toBeLessThanOrEqual(MAX_STDERR_CHARS);
    });
  }
});
