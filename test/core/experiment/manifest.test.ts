/** manifest.json: what the export writes, and how a folder's files are checked against it. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import {
  checkManifestEntry, looksLikeManifest, MANIFEST_FILE, manifestFile, parseManifest, type ManifestEntry,
} from '../../../src/core/experiment/manifest';

const files = [
  { name: 'model.json', data: '{"format":"layers-model"}\n' },
  { name: 'weights.bin', data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) },
  { name: 'preprocessing.json', data: 'ünïcode ✓' },
];

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

function entry(name: string): ManifestEntry {
  const e = parseManifest(manifestFile(files).data, 'm').files.find((f) => f.name === name);
  if (!e) throw new Error(`no entry ${name}`);
  return e;
}

describe('manifestFile', () => {
  it('lists every file with its byte size and SHA-256 (the same as node:crypto), strings as UTF-8', () => {
    const m = manifestFile(files);
    expect(m.name).toBe(MANIFEST_FILE);
    const body = JSON.parse(m.data) as { format: string; version: number; files: ManifestEntry[] };
    expect(body).toMatchObject({ format: 'layerbench-model', version: 1 });
    expect(body.files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json']);
    const utf8 = Buffer.from('ünïcode ✓', 'utf8');
    expect(body.files[2]).toEqual({ name: 'preprocessing.json', bytes: utf8.byteLength, sha256: createHash('sha256').update(utf8).digest('hex') });
    expect(body.files[1]).toEqual({ name: 'weights.bin', bytes: 8, sha256: createHash('sha256').update(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])).digest('hex') });
    expect(looksLikeManifest(m.data)).toBe(true);
    expect(looksLikeManifest('{"format":"layers-model"}')).toBe(false);
    expect(looksLikeManifest('not json')).toBe(false);
  });
});

describe('checkManifestEntry', () => {
  it('accepts the very bytes that were saved', () => {
    expect(() => checkManifestEntry(entry('weights.bin'), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'm')).not.toThrow();
    expect(() => checkManifestEntry(entry('preprocessing.json'), Buffer.from('ünïcode ✓', 'utf8'), 'm')).not.toThrow();
  });

  it('names a file cut short, one changed with the same size, one grown, and one missing', () => {
    const short = thrown(() => checkManifestEntry(entry('weights.bin'), new Uint8Array([1, 2, 3]), 'out/m'));
    expect(short.code).toBe('model-folder/file-short');
    expect(short.message).toBe('weights.bin in “out/m” does not belong to this model: it is shorter than when the model was saved (3 of 8 bytes), so it was cut short or replaced. Export or train the model again.');
    const changed = thrown(() => checkManifestEntry(entry('weights.bin'), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 9]), 'out/m'));
    expect(changed.code).toBe('model-folder/file-changed');
    expect(changed.message).toMatch(/^weights\.bin in “out\/m” does not belong to this model: it was changed or replaced after the model was saved\./);
    expect(changed.detail).toMatch(/sha256 now [0-9a-f]{64}/);
    expect(thrown(() => checkManifestEntry(entry('model.json'), new TextEncoder().encode('{"format":"layers-model"}\n\n'), 'm')).code).toBe('model-folder/file-changed');
    const missing = thrown(() => checkManifestEntry(entry('model.json'), undefined, 'out/m'));
    expect(missing.code).toBe('model-folder/file-missing');
    expect(missing.message).toMatch(/^“out\/m” has no model\.json, which this model needs/);
  });
});

describe('parseManifest', () => {
  it('refuses a damaged manifest, one that names a file outside its folder, and one from a newer Layerbench', () => {
    expect(thrown(() => parseManifest('{"format": "layerbench-model", "version": 1, "files": [', 'm')).code).toBe('model-folder/manifest-damaged');
    const body = JSON.parse(manifestFile(files).data) as { files: ManifestEntry[]; version: number };
    for (const name of ['../weights.bin', 'sub/weights.bin', '..', 'a\\b']) {
      const bad = { ...body, files: [{ ...body.files[0], name }] };
      expect(thrown(() => parseManifest(JSON.stringify(bad), 'm')).code).toBe('model-folder/manifest-damaged');
    }
    const twice = { ...body, files: [body.files[0], body.files[0]] };
    expect(thrown(() => parseManifest(JSON.stringify(twice), 'm')).code).toBe('model-folder/manifest-damaged');
    const newer = thrown(() => parseManifest(JSON.stringify({ ...body, version: 2 }), 'm'));
    expect(newer.code).toBe('model-folder/newer-manifest');
    expect(newer.message).toMatch(/saved by a newer Layerbench/);
    expect(parseManifest(manifestFile(files).data, 'm').files).toHaveLength(3);
  });
});
