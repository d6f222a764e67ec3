import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, translator } from '../../src/core/i18n/translate';
import { whyUnwritable, writeFileAtomic } from '../../src/node/atomic-write';

describe('writeFileAtomic', () => {
  it('replaces a file whole, and on failure leaves the old one and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-atomic-'));
    const target = join(dir, 'a.bin');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'), { code: 'x/unwritable', what: 'a.bin' });
    expect(readFileSync(target, 'utf8')).toBe('new');
    mkdirSync(join(dir, 'folder'));
    await expect(writeFileAtomic(join(dir, 'folder'), new Uint8Array([1]), { code: 'x/unwritable', what: '“folder”' })).rejects.toMatchObject({
      code: 'x/unwritable',
      message: expect.stringMatching(/^Layerbench could not save “folder” because /),
    });
    expect(readdirSync(dir).sort()).toEqual(['a.bin', 'folder']);
  });

  it('says why in plain words', () => {
    expect(english(whyUnwritable(Object.assign(new Error('x'), { code: 'ENOSPC' })))).toBe('the disk is full');
    expect(translator('ko')(whyUnwritable(Object.assign(new Error('x'), { code: 'ENOSPC' })))).toBe('디스크가 가득 찼습니다.');
    expect(english(whyUnwritable(Object.assign(new Error('x'), { code: 'EISDIR' })))).toBe('a folder has that name');
    expect(english(whyUnwritable(Object.assign(new Error('x'), { code: 'ENOTDIR' })))).toBe('a file stands where a folder should be');
    for (const code of ['EACCES', 'ENOENT', 'EMFILE', 'EIO']) expect(english(whyUnwritable(Object.assign(new Error('x'), { code })))).not.toMatch(/\bE[A-Z]{2,}\b/);
  });
});
