import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFileDestination, writeTextFileAtomic } from '../../src/cli/write-file';
import { AppError } from '../../src/core/errors';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerbench-write-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function message(fn: () => void): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).message;
  }
  throw new Error('expected an error');
}

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const file = join(dir, 'predictions.csv');
    writeFileSync(file, 'old');
    await writeTextFileAtomic(file, 'new,rows\n');
    expect(readFileSync(file, 'utf8')).toBe('new,rows\n');
    expect(readdirSync(dir)).toEqual(['predictions.csv']);
  });

  it('refuses, in a sentence and before any work, a folder, a missing folder or a path through a file', () => {
    mkdirSync(join(dir, 'a-folder'));
    writeFileSync(join(dir, 'a-file'), 'x');
    expect(message(() => checkFileDestination(join(dir, 'a-folder')))).toMatch(/^Cannot write “.*a-folder”: it is a folder\.$/);
    expect(message(() => checkFileDestination(join(dir, 'missing', 'p.csv')))).toMatch(/: its folder does not exist\.$/);
    expect(message(() => checkFileDestination(join(dir, 'a-file', 'p.csv')))).toMatch(/: part of its path is a file, not a folder\.$/);
  });
});
