import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import { createFingerprinter, fingerprintDataset, fingerprintImages } from '../../../src/core/experiment/fingerprint';

describe('fingerprints', () => {
  it('is SHA-256 (known answer for "abc")', () => {
    const fp = createFingerprinter();
    fp.update(new Uint8Array([0x61, 0x62, 0x63]));
    expect(fp.digest()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('separates texts: ["ab","c"] differs from ["a","bc"]', () => {
    const a = createFingerprinter(); a.updateText('ab'); a.updateText('c');
    const b = createFingerprinter(); b.updateText('a'); b.updateText('bc');
    expect(a.digest()).not.toBe(b.digest());
  });

  it('is stable for the same content, ignores formatting, changes with a value', async () => {
    const text = 'x,c,y\n1,a,2\n2,b,3\n3,a,4\n4,b,5\n';
    const same = await parseCsvText(text, 'one.csv');
    const again = await parseCsvText(text, 'other-name.csv');
    const formatted = await parseCsvText('x;c;y\n1.0;a;2\n2;b;3.00\n3;a;4\n4;b;5\n', 'one.csv');
    const changed = await parseCsvText('x,c,y\n1,a,2\n2,b,3\n3,a,4\n4,b,6\n', 'one.csv');
    const renamed = await parseCsvText('x,k,y\n1,a,2\n2,b,3\n3,a,4\n4,b,5\n', 'one.csv');
    const fp = fingerprintDataset(same);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintDataset(again)).toBe(fp);
    expect(fingerprintDataset(formatted)).toBe(fp);
    expect(fingerprintDataset(changed)).not.toBe(fp);
    expect(fingerprintDataset(renamed)).not.toBe(fp);
  });

  it('sorts images by path and sees every byte', () => {
    const a = { relativePath: 'cat/1.png', bytes: new Uint8Array([1, 2, 3]) };
    const b = { relativePath: 'dog/1.png', bytes: new Uint8Array([4, 5]) };
    expect(fingerprintImages([a, b])).toBe(fingerprintImages([b, a]));
    expect(fingerprintImages([a, { ...b, bytes: new Uint8Array([4, 6]) }])).not.toBe(fingerprintImages([a, b]));
    expect(fingerprintImages([a, { ...b, relativePath: 'dog/2.png' }])).not.toBe(fingerprintImages([a, b]));
  });
});
