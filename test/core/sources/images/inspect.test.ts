import { english } from '../../../../src/core/i18n/translate';
import { describe, expect, it } from 'vitest';
import { defaultImagePlan, explainImageShape, inspectImages, proposeImageSize } from '../../../../src/core/sources/images/inspect';
import { indexImageFolder } from '../../../../src/core/sources/images/index-folder';
import { colourStats, scanImages } from '../../../../src/core/sources/images/scan';
import { memorySource, rawImage } from '../../helpers/images';

describe('proposeImageSize', () => {
  it('uses the median height and width when no size is shared by half of the images', () => {
    const sizes = [
      { width: 40, height: 50 }, { width: 40, height: 50 }, { width: 60, height: 44 },
      { width: 50, height: 60 }, { width: 56, height: 30 },
    ];
    // most common (40×50) covers 2 of 5 → medians: width 50, height 50
    expect(proposeImageSize(sizes)).toEqual({ height: 50, width: 50 });
  });

  it('keeps the most common size when it is small', () => {
    expect(proposeImageSize([{ width: 28, height: 28 }, { width: 28, height: 28 }, { width: 32, height: 20 }])).toEqual({ height: 28, width: 28 });
  });
  it('caps the longer side at 64 keeping the aspect ratio, and never goes below 8', () => {
    expect(proposeImageSize([{ width: 640, height: 480 }])).toEqual({ height: 48, width: 64 });
    expect(proposeImageSize([{ width: 1000, height: 50 }])).toEqual({ height: 8, width: 64 });
    expect(proposeImageSize([{ width: 4, height: 4 }])).toEqual({ height: 8, width: 8 });
  });
});

describe('colourStats', () => {
  it('calls an image grayscale only when R = G = B at every pixel, and sees alpha', () => {
    const gray = { width: 2, height: 1, rgba: new Uint8ClampedArray([9, 9, 9, 255, 200, 200, 200, 255]) };
    const tinted = { width: 2, height: 1, rgba: new Uint8ClampedArray([9, 9, 9, 255, 200, 201, 200, 255]) };
    const seeThrough = { width: 1, height: 1, rgba: new Uint8ClampedArray([1, 1, 1, 0]) };
    expect(colourStats(gray)).toEqual({ grayscale: true, hasAlpha: false });
    expect(colourStats(tinted)).toEqual({ grayscale: false, hasAlpha: false });
    expect(colourStats(seeThrough)).toEqual({ grayscale: true, hasAlpha: true });
  });
});

describe('inspectImages', () => {
  it('counts classes, warns on imbalance, infers (None, H, W, 1) for grayscale and lists the corrupt file', async () => {
    const files = new Map<string, Uint8Array>();
    for (let i = 0; i < 8; i++) files.set(`big/${i}.png`, rawImage(10, 6, () => [50, 50, 50]));
    files.set('small/0.png', rawImage(10, 6, () => [90, 90, 90]));
    files.set('small/1.png', rawImage(20, 12, () => [90, 90, 90]));
    files.set('small/broken.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]));
    const index = indexImageFolder('set', [...files.keys()]);
    const scan = await scanImages(memorySource(index, files), { batchSize: 3 });
    expect(scan.skipped).toEqual([
      { relativePath: 'small/broken.png', reason: { code: 'sources.images.skip.damaged', params: { format: 'PNG', detail: 'bad raw image' } } },
    ]);
    const r = inspectImages(index, scan);
    expect(r.imageCount).toBe(10);
    expect(r.classes).toEqual([{ label: 'big', count: 8 }, { label: 'small', count: 2 }]);
    expect(r.warnings.map((w) => w.code)).toEqual(['images/imbalance', 'images/skipped', 'images/mixed-sizes']);
    expect(r.warnings[0]?.message).toMatch(/“big” has 8 images, “small” only 2/);
    expect(r.grayscale).toBe(true);
    expect(r.channels).toBe(1);
    expect(r.sizes.mostCommon).toEqual({ width: 10, height: 6, count: 9 });
    expect(r.sizes.width).toEqual({ min: 10, median: 10, max: 20 });
    expect(r.proposedSize).toEqual({ height: 8, width: 10 });
    expect(r.inputShape).toEqual([null, 8, 10, 1]);
    expect(r.explanation.text).toBe('(None, 8, 10, 1)');
    expect(english(r.explanation.sum)).toMatch(/^H = 8 pixels high, W = 10 wide, C = 1 channel: every image is grayscale/);
    expect(r.resizeMethod).toBe('bilinear');
    expect(defaultImagePlan(r)).toEqual({ height: 8, width: 10, channels: 1, augment: { flip: false, shift: 0 } });
  });

  it('chooses 3 channels when one pixel of one image has colour, and says alpha is dropped', async () => {
    const files = new Map<string, Uint8Array>([
      ['a/0.png', rawImage(8, 8, () => [10, 10, 10])],
      ['b/0.png', rawImage(8, 8, (x, y) => (x === 3 && y === 4 ? [10, 11, 10, 200] : [10, 10, 10]))],
    ]);
    const index = indexImageFolder('set', [...files.keys()]);
    const r = inspectImages(index, await scanImages(memorySource(index, files)));
    expect(r.grayscale).toBe(false);
    expect(r.channels).toBe(3);
    expect(r.alphaDropped).toBe(true);
    expect(english(r.channelReason)).toMatch(/colour.*alpha\) is dropped/);
    expect(r.inputShape).toEqual([null, 8, 8, 3]);
  });

  it('explains each number of the shape', () => {
    const e = explainImageShape(28, 28, 1, { grayscale: true, alphaDropped: false });
    expect(e.axes.map((p) => [p.symbol, p.value])).toEqual([['None', null], ['H', 28], ['W', 28], ['C', 1]]);
    expect(e.parts).toEqual([]);
    expect(e.notes.map((n) => english(n)).join(' ')).toMatch(/bilinear/);
    expect(english(e.sum)).toMatch(/28 × 28 × 1 = 784 numbers/);
  });
});
