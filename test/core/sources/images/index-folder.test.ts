import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import { indexImageFolder } from '../../../../src/core/sources/images/index-folder';

describe('indexImageFolder', () => {
  it('takes the class from the first folder, ignores and counts other files, hides system files', () => {
    const index = indexImageFolder('pets', [
      'dog/b.jpg',
      'cat/a.png',
      'cat/nested/c.webp',
      'cat/readme.txt',
      'loose.png',
      '.DS_Store',
      'dog/.hidden.png',
      '../escape/x.png',
    ]);
    expect(index.task).toBe('classification');
    expect(index.classes).toEqual(['cat', 'dog']);
    expect(index.entries).toEqual([
      { relativePath: 'cat/a.png', label: 'cat' },
      { relativePath: 'cat/nested/c.webp', label: 'cat' },
      { relativePath: 'dog/b.jpg', label: 'dog' },
    ]);
    expect(index.ignored.map((f) => f.relativePath)).toEqual(['../escape/x.png', 'cat/readme.txt', 'loose.png']);
    expect(index.ignored[0]?.reason.code).toBe('sources.images.refused.outsideFolder');
    expect(english(index.ignored[0]!.reason)).toMatch(/outside the dataset folder/);
    expect(english(index.ignored[1]!.reason)).toMatch(/\.txt/);
  });

  it('refuses a folder with one class or no images, in plain words', () => {
    expect(() => indexImageFolder('one', ['cat/a.png', 'cat/b.png'])).toThrow(/only one class/);
    try {
      indexImageFolder('none', ['a.txt']);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('images/no-images');
    }
  });
});
