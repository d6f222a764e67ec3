/**
 * What an experiment records about its data (name, size, content fingerprint), computed in the
 * train worker, which holds the data: the typed table, or the image files' bytes.
 */
import { createFingerprinter, fingerprintDataset } from '../core/experiment/fingerprint';
import type { DatasetIdentity } from '../core/experiment/types';
import type { TypedDataset } from '../core/data/types';
import type { ImageFileRef } from './image-messages';

export function tableIdentity(dataset: TypedDataset): DatasetIdentity {
  return { name: dataset.name, kind: 'table', rows: dataset.rowCount, sizeBytes: dataset.sizeBytes, fingerprint: fingerprintDataset(dataset) };
}

/**
 * The same digest as core's fingerprintImages (sorted paths, each path, length and bytes), read
 * one file at a time so that a large folder is never held in memory twice.
 */
export async function imageIdentity(name: string, files: readonly ImageFileRef[], images: number): Promise<DatasetIdentity> {
  const fp = createFingerprinter();
  fp.updateText('layerbench-images-v1');
  fp.updateText(String(files.length));
  const sorted = [...files].sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  let sizeBytes = 0;
  for (const f of sorted) {
    const bytes = new Uint8Array(await f.file.arrayBuffer());
    sizeBytes += bytes.length;
    fp.updateText(f.relativePath);
    fp.updateText(String(bytes.length));
    fp.update(bytes);
  }
  return { name, kind: 'images', rows: images, sizeBytes, fingerprint: fp.digest() };
}
