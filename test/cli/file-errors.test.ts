/** A path that cannot be opened gets a sentence for its system error; the code stays in the detail. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { msg } from '../../src/core/i18n/message';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotOpen, errnoReason } from '../../src/cli/file-errors';
import { AppError } from '../../src/core/errors';
import { english, translator } from '../../src/core/i18n/translate';

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: some system words, open '/x'`), { code });
}

describe('cannotOpen', () => {
  it.each([
    ['EISDIR', '“data.csv” is a folder, not a file.'],
    ['ENOENT', 'Cannot open “data.csv”: no such file.'],
    ['EACCES', 'Cannot open “data.csv”: Layerbench is not allowed to read it. Check its permissions.'],
    ['EPERM', 'Cannot open “data.csv”: Layerbench is not allowed to read it. Check its permissions.'],
    ['ENOTDIR', 'Cannot open “data.csv”: part of the path is a file, not a folder.'],
    ['ELOOP', 'Cannot open “data.csv”: it is a link that leads back to itself (a loop of links).'],
    ['EMFILE', 'Cannot open “data.csv”: too many files are open at once. Close some programs and try again.'],
    ['ENAMETOOLONG', 'Cannot open “data.csv”: the path is too long.'],
    ['EWHATEVER', 'Cannot open “data.csv”: no such file, or it cannot be read.'],
  ])('%s becomes a sentence, with the code in the detail', (code, message) => {
    const err = cannotOpen('data.csv', systemError(code));
    expect(err.message).toBe(message);
    expect(err.message).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(err.detail).toContain(code);
  });

  it('says what a real failure is, without the code, and cuts a long path short', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerbench-open-'));
    try {
      writeFileSync(join(dir, 'file.csv'), 'a\n1\n');
      const read = (path: string): unknown => {
        try {
          return readFileSync(path);
        } catch (err) {
          return err;
        }
      };
      expect(cannotOpen(dir, read(dir)).message).toMatch(/^“.*layerbench-open-.*” is a folder, not a file\.$/);
      expect(cannotOpen('x', read(join(dir, 'file.csv', 'y')), 'file or folder').message).toBe('Cannot open “x”: part of the path is a file, not a folder.');
      expect(cannotOpen('y'.repeat(5000), read(join(dir, 'nope'))).message.length).toBeLessThan(260);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes an AppError through, and gives short reasons for skipped files', () => {
    const app = new AppError({ code: 'x', message: msg('common.internalError') });
    expect(cannotOpen('a', app)).toBe(app);
    expect(english(errnoReason(systemError('EISDIR'))!)).toBe('it is a folder');
    expect(english(errnoReason(systemError('ENOENT'))!)).toBe('no such file');
    expect(errnoReason(new Error('no code'))).toBeUndefined();
  });

  it('says it in Korean too, with the file name as it is', () => {
    const ko = translator('ko');
    expect(ko(cannotOpen('데이터.csv', systemError('ENOENT'), 'file or folder').msg)).toBe('“데이터.csv”을(를) 열 수 없습니다. 그런 파일이나 폴더가 없습니다.');
    expect(ko(cannotOpen('data.csv', systemError('EISDIR')).msg)).toBe('“data.csv”은(는) 파일이 아니라 폴더입니다.');
    expect(ko(errnoReason(systemError('EACCES'))!)).toBe('권한이 없음');
  });
});
