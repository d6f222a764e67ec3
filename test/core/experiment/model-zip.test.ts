/** A model as one .zip: the round trip, a real export checked like a folder, and the zips it refuses. */
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import { english } from '../../../src/core/i18n/translate';
import { translator } from '../../../src/core/i18n/translate';
import { modelExportFiles } from '../../../src/core/experiment/export';
import { looksLikeZip, MAX_ZIP_ENTRIES, readModelZip, unzipFiles, zipFiles } from '../../../src/core/experiment/model-zip';
import { trainSmall, type Trained } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 10, 41);
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

/** Replaces every occurrence of `from` by `to` (same length) in the zip's bytes: its names in both headers. */
function renamed(zip: Uint8Array, from: string, to: string): Uint8Array {
  const out = zip.slice();
  const a = new TextEncoder().encode(from);
  const b = new TextEncoder().encode(to);
  for (let i = 0; i + a.length <= out.length; i++) if (a.every((v, k) => out[i + k] === v)) out.set(b, i);
  return out;
}

/** Sets the uncompressed size the central directory declares for every entry (offset 24 of each header). */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('zipFiles / unzipFiles', () => {
  it('round-trips text and bytes, and the same files at the same time give the same zip', () => {
    const files = [
      { name: 'model.json', data: '{"format":"layers-model"}\n' },
      { name: 'weights.bin', data: new Uint8Array([0, 1, 2, 250, 255]) },
      { name: 'notes 한글.txt', data: '가중치' },
    ];
    const zip = zipFiles(files, NOW);
    expect(looksLikeZip(zip)).toBe(true);
    const back = unzipFiles(zip, 'm.zip');
    expect([...back.keys()]).toEqual(['model.json', 'weights.bin', 'notes 한글.txt']);
    expect(text(back.get('model.json'))).toBe('{"format":"layers-model"}\n');
    expect([...(back.get('weights.bin') ?? [])]).toEqual([0, 1, 2, 250, 255]);
    expect(text(back.get('notes 한글.txt'))).toBe('가중치');
    expect(zipFiles(files, NOW)).toEqual(zip);
    expect(looksLikeZip(new TextEncoder().encode('{"format"'))).toBe(false);
  });

  it('refuses to write a name that is not a plain file name', () => {
    expect(refusal(() => zipFiles([{ name: 'a/b.json', data: '' }], NOW)).code).toBe('model-zip/bad-name');
    expect(refusal(() => zipFiles([{ name: 'x', data: '' }, { name: 'x', data: '' }], NOW)).code).toBe('model-zip/bad-name');
  });

  it('refuses folders, paths leaving the zip, absolute and drive paths, with the entry named', () => {
    const cases: [string, string][] = [
      ['penguins/model.json', 'model-zip/folder'],
      ['penguins/', 'model-zip/folder'],
      ['../model.json', 'model-zip/unsafe-name'],
      ['a/../../etc/passwd', 'model-zip/unsafe-name'],
      ['/etc/passwd', 'model-zip/unsafe-name'],
      ['C:\\model.json', 'model-zip/unsafe-name'],
      ['..', 'model-zip/unsafe-name'],
      ['model\n.json', 'model-zip/unsafe-name'],
    ];
    for (const [name, code] of cases) {
      const zip = zipSync({ 'manifest.json': new Uint8Array(1), [name]: new Uint8Array(3) });
      const error = refusal(() => unzipFiles(zip, 'evil.zip'));
      expect(error.code, name).toBe(code);
      expect(error.message, name).toContain('“evil.zip”');
    }
    expect(english(refusal(() => unzipFiles(zipSync({ 'm/model.json': new Uint8Array(1) }), 'm.zip')).msg!)).toBe(
      '“m.zip” holds “m/model.json” inside a folder, where a model .zip holds its files side by side. Zip the model’s files themselves, not the folder around them.',
    );
  });

  it('skips the resource forks macOS adds, and refuses a name given twice', () => {
    const zip = zipSync({ 'model.json': new Uint8Array([1]), '__MACOSX/._model.json': new Uint8Array([9, 9]) });
    expect([...unzipFiles(zip, 'm.zip').keys()]).toEqual(['model.json']);
    const twice = renamed(zipSync({ 'a.json': new Uint8Array([1]), 'b.json': new Uint8Array([2]) }), 'b.json', 'a.json');
    expect(refusal(() => unzipFiles(twice, 't.zip')).code).toBe('model-zip/damaged');
  });

  it('refuses more entries than MAX_ZIP_ENTRIES before inflating any', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) many[`f${i}.txt`] = new Uint8Array([i]);
    const error = refusal(() => unzipFiles(zipSync(many), 'many.zip'));
    expect(error.code).toBe('model-zip/too-many-entries');
    expect(english(error.msg!)).toBe(`“many.zip” holds more than ${MAX_ZIP_ENTRIES} files, where a model .zip holds five, so Layerbench does not open it.`);
    const sixty = Object.fromEntries(Object.entries(many).slice(0, MAX_ZIP_ENTRIES));
    expect(unzipFiles(zipSync(sixty), 'ok.zip').size).toBe(MAX_ZIP_ENTRIES);
  });

  it('refuses a zip bomb by the sizes it declares, and a lying entry cannot grow past its declared size', () => {
    // 8 MB of zeros deflate to a few kilobytes.
    const bomb = zipSync({ 'weights.bin': new Uint8Array(8_000_000) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(20_000);
    const error = refusal(() => unzipFiles(bomb, 'bomb.zip', { maxBytes: 1_000_000 }));
    expect(error.code).toBe('model-zip/too-large');
    expect(translator('ko')(error.msg!)).toBe('“bomb.zip”을(를) 풀면 1MB보다 커지므로 Layerbench는 이 파일을 열지 않습니다.');
    // The same bomb declaring 100 bytes: what comes out is at most those 100 bytes.
    let out: Map<string, Uint8Array> | AppError;
    try {
      out = unzipFiles(declaring(bomb, 100), 'liar.zip', { maxBytes: 1_000_000 });
    } catch (err) {
      out = err as AppError;
    }
    if (out instanceof Map) expect(out.get('weights.bin')?.byteLength ?? 0).toBeLessThanOrEqual(100);
    else expect(out.code).toBe('model-zip/damaged');
    // Declared sizes beyond the default limit are refused without a byte inflated.
    expect(refusal(() => unzipFiles(declaring(zipSync({ 'a.bin': new Uint8Array(4) }), 600_000_000), 'huge.zip')).code).toBe('model-zip/too-large');
  });

  it('refuses bytes that are not a zip, or a damaged one, in plain words', () => {
    expect(refusal(() => readModelZip(new TextEncoder().encode('id,label\n1,a\n'), 'data.zip')).code).toBe('model-zip/not-zip');
    const cut = zipFiles([{ name: 'model.json', data: '{}' }], NOW).slice(0, 30);
    const error = refusal(() => unzipFiles(cut, 'cut.zip'));
    expect(error.code).toBe('model-zip/damaged');
    expect(english(error.msg!)).toBe('“cut.zip” is damaged: it cannot be unpacked as a .zip. Export the model again.');
  });
});

describe('readModelZip on an export', () => {
  let t: Trained;
  beforeAll(async () => {
    t = await trainSmall();
  }, 60_000);
  afterAll(() => t.model.dispose());

  const exported = () => modelExportFiles(t.record, t.weights);

  it('reads every file the manifest lists, checked, as the export wrote them', () => {
    const files = exported();
    const { files: read, manifest } = readModelZip(zipFiles(files, NOW), 'penguins.zip');
    expect(manifest.files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'model.py', 'train.py', 'requirements.txt']);
    for (const f of files.slice(0, 4)) {
      expect(read.get(f.name)).toEqual(typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data);
    }
    // A file beside the model (a CSV of predictions) is not listed, and not read.
    const withExtra = readModelZip(zipFiles([...files, { name: 'predictions.csv', data: 'a\n' }], NOW), 'p.zip');
    expect(withExtra.files.has('predictions.csv')).toBe(false);
  });

  it('refuses weights from another model, a missing file, and a zip without its manifest', () => {
    const files = exported();
    const weights = files.find((f) => f.name === 'weights.bin')!.data as Uint8Array;
    const swapped = files.map((f) => (f.name === 'weights.bin' ? { name: f.name, data: weights.map((b) => b ^ 1) } : f));
    const changed = refusal(() => readModelZip(zipFiles(swapped, NOW), 'swapped.zip'));
    expect(changed.code).toBe('model-folder/file-changed');
    expect(english(changed.msg!)).toBe('weights.bin in “swapped.zip” does not belong to this model: it was changed or replaced after the model was saved. Export or train the model again.');
    const missing = refusal(() => readModelZip(zipFiles(files.filter((f) => f.name !== 'model.py'), NOW), 'part.zip'));
    expect(missing.code).toBe('model-folder/file-missing');
    expect(english(missing.msg!)).toBe('“part.zip” has no model.py, which this model needs: the zip is incomplete. Export or train the model again.');
    expect(refusal(() => readModelZip(zipFiles(files.filter((f) => f.name !== 'manifest.json'), NOW), 'old.zip')).code).toBe('model-zip/no-manifest');
    expect(refusal(() => readModelZip(zipFiles([{ name: 'photo.png', data: 'x' }], NOW), 'photos.zip')).code).toBe('model-zip/not-model');
  });
});
