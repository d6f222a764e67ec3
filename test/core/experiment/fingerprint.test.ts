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

  it('sorts images by path, sees every byte and adds up their size', async () => {
    const files = (entries: Record<string, number[]>) => ({
      paths: Object.keys(entries),
      read: async (path: string) => new Uint8Array(entries[path] ?? []),
    });
    const of = async (entries: Record<string, number[]>) => {
      const { paths, read } = files(entries);
      return fingerprintImages(paths, read);
    };
    const ab = await of({ 'cat/1.png': [1, 2, 3], 'dog/1.png': [4, 5] });
    expect(ab.sizeBytes).toBe(5);
    expect((await of({ 'dog/1.png': [4, 5], 'cat/1.png': [1, 2, 3] })).fingerprint).toBe(ab.fingerprint);
    expect((await of({ 'cat/1.png': [1, 2, 3], 'dog/1.png': [4, 6] })).fingerprint).not.toBe(ab.fingerprint);
    expect((await of({ 'cat/1.png': [1, 2, 3], 'dog/2.png': [4, 5] })).fingerprint).not.toBe(ab.fingerprint);
  });
});
