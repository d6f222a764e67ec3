import { describe, expect, it } from 'vitest';
import { imageFormatOf, normaliseRelativePath, stripTopFolder } from '../../../../src/core/sources/images/paths';

describe('image paths', () => {
  it('normalises relative paths and refuses the ones that leave the root', () => {
    expect(normaliseRelativePath('cat/./a.png')).toBe('cat/a.png');
    expect(normaliseRelativePath('cat\\b.png')).toBe('cat/b.png');
    expect(normaliseRelativePath('cat/../dog/c.png')).toBe('dog/c.png');
    expect(normaliseRelativePath('../secret.png')).toBeNull();
    expect(normaliseRelativePath('cat/../../x.png')).toBeNull();
    expect(normaliseRelativePath('/etc/passwd')).toBeNull();
    expect(normaliseRelativePath('C:\\Windows\\x.png')).toBeNull();
    expect(normaliseRelativePath('\\\\server\\share\\x.png')).toBeNull();
    expect(normaliseRelativePath('file:///x.png')).toBeNull();
    expect(normaliseRelativePath('  ')).toBeNull();
  });

  it('knows the image formats by extension, in any case', () => {
    expect(imageFormatOf('a/B.JPG')).toBe('jpeg');
    expect(imageFormatOf('x.jpeg')).toBe('jpeg');
    expect(imageFormatOf('x.webp')).toBe('webp');
    expect(imageFormatOf('x.gif')).toBe('gif');
    expect(imageFormatOf('x.bmp')).toBe('bmp');
    expect(imageFormatOf('notes.txt')).toBeNull();
    expect(imageFormatOf('.png')).toBeNull();
  });

  it('strips the folder name a browser folder picker puts in front of every path', () => {
    expect(stripTopFolder(['pets/cat/a.png', 'pets/dog/b.png'])).toEqual(['cat/a.png', 'dog/b.png']);
    expect(stripTopFolder(['cat/a.png', 'dog/b.png'])).toEqual(['cat/a.png', 'dog/b.png']);
  });
});
