import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/core/i18n/format';
import { translator } from '../../../src/core/i18n/translate';
import { imageMemoryMessage, type ImageMemoryReport } from '../../../src/ui/train/image-memory';

const MB = 1024 * 1024;
const say = (locale: 'en' | 'ko', report: ImageMemoryReport, images: number): string =>
  translator(locale)(imageMemoryMessage(report, images, (b) => formatBytes(b, locale)));

describe('the sentence on decoded images', () => {
  const big: ImageMemoryReport = { mode: 'streamed', decodedBytes: 30_000 * 64 * 64 * 3 * 4, budgetBytes: 512 * MB };

  it('says why a set larger than the budget is read from disk, with both sizes', () => {
    expect(say('en', big, 30_000)).toBe('Images are read from disk in batches: decoded, the 30,000 images would take 1.37 GB, more than the 512 MB set aside.');
    expect(say('ko', big, 30_000)).toBe('이미지를 디스크에서 배치 단위로 읽습니다. 이미지 30,000개를 모두 디코딩하면 1.37 GB로, 따로 잡아 둔 512 MB보다 큽니다.');
  });

  it('names the setting when it is 0, rather than a budget of 0 bytes', () => {
    const off: ImageMemoryReport = { mode: 'streamed', decodedBytes: 28 * MB, budgetBytes: 0 };
    expect(say('en', off, 2_400)).toBe('Images are read from disk in batches, as “Memory for decoded images” is 0 MB (decoded, the 2,400 images would take 28 MB).');
    expect(say('ko', off, 2_400)).toContain('“디코딩된 이미지용 메모리”가 0 MB이므로');
    expect(say('en', { ...off, decodedBytes: 12_288 }, 1)).toContain('the 1 image would take 12 KB');
  });

  it('says a set that fits is decoded once, in one image or many', () => {
    const kept: ImageMemoryReport = { mode: 'cached', decodedBytes: 28 * MB, budgetBytes: 512 * MB };
    expect(say('en', kept, 2_400)).toBe('All 2,400 images are decoded once and kept in memory (28 MB).');
    expect(say('en', kept, 1)).toBe('The image is decoded once and kept in memory (28 MB).');
    expect(say('ko', kept, 2_400)).toBe('이미지 2,400개를 모두 한 번 디코딩하여 메모리에 보관합니다(28 MB).');
  });
});
