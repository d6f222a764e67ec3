/**
 * Content fingerprints (SHA-256, hex) that tell "the same data" from "different data". A table's
 * fingerprint covers its typed content (column names, kinds, numbers, categories, the instants of
 * dates and times), not the file's formatting: "1.0" and "1", commas and semicolons, 2024-03-01
 * and 3/1/2024 give the same fingerprint. Text columns count by their name, distinct count and
 * examples only (their codes, where kept, are left out so that earlier fingerprints stay valid).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { TypedDataset } from '../data/types';

export interface Fingerprinter {
  update(bytes: Uint8Array): void;
  /** Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ. */
  updateText(text: string): void;
  /** Hex SHA-256 of everything given so far. */
  digest(): string;
}

export function createFingerprinter(): Fingerprinter {
  const hash = sha256.create();
  const lengthBytes = new Uint8Array(4);
  const lengthView = new DataView(lengthBytes.buffer);
  const updateLength = (n: number): void => {
    lengthView.setUint32(0, n, true);
    hash.update(lengthBytes);
  };
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    updateText: (text) => {
      const bytes = utf8ToBytes(text);
      updateLength(bytes.length);
      hash.update(bytes);
    },
    digest: () => bytesToHex(hash.digest()),
  };
}

const CHUNK = 8192;

/** Little-endian float64s, with every NaN written the same way. */
function updateNumbers(fp: Fingerprinter, values: Float64Array): void {
  const chunk = new Float64Array(CHUNK);
  const view = new DataView(chunk.buffer);
  for (let start = 0; start < values.length; start += CHUNK) {
    const n = Math.min(CHUNK, values.length - start);
    for (let i = 0; i < n; i++) {
      const v = values[start + i] as number;
      view.setFloat64(i * 8, Number.isNaN(v) ? NaN : v, true);
    }
    fp.update(new Uint8Array(chunk.buffer, 0, n * 8));
  }
}

function updateInt32s(fp: Fingerprinter, values: Int32Array): void {
  const chunk = new Uint8Array(CHUNK * 4);
  const view = new DataView(chunk.buffer);
  for (let start = 0; start < values.length; start += CHUNK) {
    const n = Math.min(CHUNK, values.length - start);
    for (let i = 0; i < n; i++) view.setInt32(i * 4, values[start + i] as number, true);
    fp.update(chunk.subarray(0, n * 4));
  }
}

export function fingerprintDataset(dataset: TypedDataset): string {
  const fp = createFingerprinter();
  fp.updateText('layerbench-table-v1');
  fp.updateText(String(dataset.rowCount));
  fp.updateText(String(dataset.columns.length));
  for (const col of dataset.columns) {
    fp.updateText(col.name);
    fp.updateText(col.kind);
    if (col.kind === 'number') {
      updateNumbers(fp, col.values);
    } else if (col.kind === 'category') {
      fp.updateText(String(col.categories.length));
      for (const c of col.categories) fp.updateText(c);
      updateInt32s(fp, col.codes);
    } else if (col.kind === 'text') {
      fp.updateText(String(col.distinct));
      for (const e of col.examples) fp.updateText(e);
    } else if (col.kind === 'datetime') {
      updateNumbers(fp, col.values);
    }
  }
  return fp.digest();
}

/**
 * The images a run uses (the index's entries, not other files of the folder): their paths and
 * bytes, sorted by path so that the order they were read in does not count; and their total size.
 * The app's train worker and the CLI both call it, so the same folder gets the same fingerprint.
 */
export async function fingerprintImages(
  paths: readonly string[],
  read: (relativePath: string) => Promise<Uint8Array>,
): Promise<{ readonly fingerprint: string; readonly sizeBytes: number }> {
  const fp = createFingerprinter();
  fp.updateText('layerbench-images-v1');
  fp.updateText(String(paths.length));
  let sizeBytes = 0;
  // One file at a time: a large folder is never held in memory twice.
  for (const path of [...paths].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
    const bytes = await read(path);
    sizeBytes += bytes.length;
    fp.updateText(path);
    fp.updateText(String(bytes.length));
    fp.update(bytes);
  }
  return { fingerprint: fp.digest(), sizeBytes };
}
