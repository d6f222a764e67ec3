import { english } from '../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { loadImage } from '../../src/core/sources/images/scan';
import { imageRefusals } from '../../src/core/sources/images/refusals';
import { imageSourceFromFiles } from '../../src/workers/image-source';

describe('imageSourceFromFiles', () => {
  it('skips a file the host refused with the host\'s reason, not as an empty file', async () => {
    const source = await imageSourceFromFiles(
      [
        { relativePath: 'cats/outside.png', file: new Blob([]), refused: imageRefusals.linkOutside() },
        { relativePath: 'cats/huge.png', file: new Blob([]), refused: imageRefusals.tooLarge(80_000_000) },
        { relativePath: 'cats/empty.png', file: new Blob([]) },
        { relativePath: 'dogs/d.png', file: new Blob([]) },
      ],
      { kind: 'folder', name: 'pets' },
    );
    expect(await loadImage(source, 'cats/outside.png')).toEqual({ relativePath: 'cats/outside.png', reason: imageRefusals.linkOutside() });
    expect(await loadImage(source, 'cats/huge.png')).toEqual({ relativePath: 'cats/huge.png', reason: { code: 'sources.images.refused.tooLarge', params: { megabytes: 80, limit: 50 } } });
    expect(english(imageRefusals.tooLarge(80_000_000))).toBe('the file is 80 MB; Layerbench reads image files up to 50 MB');
    expect(await loadImage(source, 'cats/empty.png')).toEqual({ relativePath: 'cats/empty.png', reason: { code: 'sources.images.skip.empty' } });
  });
});
