/** Host over the preload bridge (`window.layerbench`): unwraps IPC results and wraps bytes in Blobs. */
import { AppError } from '../core/errors';
import type { Message } from '../core/i18n/message';
import { imageFormatOf } from '../core/sources/images/paths';
import {
  MAX_IMAGE_READ_BATCH,
  type BridgeResult,
  type DatasetBytes,
  type DatasetFile,
  type Host,
  type ImageFolder,
  type ImageFolderListing,
  type ImageReadProgress,
  type PreloadBridge,
} from './contract';

export function mimeTypeForDataset(name: string): string {
  return /\.tsv$/i.test(name) ? 'text/tab-separated-values' : /\.csv$/i.test(name) ? 'text/csv' : 'text/plain';
}

export function toDatasetFile(file: DatasetBytes): DatasetFile {
  // Bytes that arrive over IPC sit in their own, never shared, ArrayBuffer.
  const part = file.bytes as Uint8Array<ArrayBuffer>;
  return { name: file.name, sizeBytes: file.sizeBytes, data: new Blob([part], { type: mimeTypeForDataset(file.name) }) };
}

function unwrap<T>(result: BridgeResult<T>): T {
  if (result.ok) return result.value;
  // The catalogue message crosses IPC with the error: the user reads it in their language.
  throw new AppError(result.error);
}

/**
 * The files of a listing as Blobs, read in batches over IPC. Only files named as images are
 * read; the others come back empty, as core only names them among the ignored files.
 */
export async function readListing(
  bridge: Pick<PreloadBridge, 'readImageFiles'>,
  listing: ImageFolderListing,
  onProgress?: (progress: ImageReadProgress) => void,
): Promise<ImageFolder> {
  const images = listing.files.filter((f) => imageFormatOf(f.relativePath) !== null).map((f) => f.relativePath);
  const blobs = new Map<string, Blob>();
  const refused = new Map<string, Message>();
  onProgress?.({ done: 0, total: images.length });
  for (let start = 0; start < images.length; start += MAX_IMAGE_READ_BATCH) {
    const batch = unwrap(await bridge.readImageFiles(listing.token, images.slice(start, start + MAX_IMAGE_READ_BATCH)));
    for (const file of batch) {
      blobs.set(file.relativePath, new Blob([file.bytes as Uint8Array<ArrayBuffer>]));
      if (file.refused !== undefined) refused.set(file.relativePath, file.refused);
    }
    onProgress?.({ done: Math.min(images.length, start + MAX_IMAGE_READ_BATCH), total: images.length });
  }
  return {
    name: listing.name,
    files: listing.files.map((f) => {
      const reason = refused.get(f.relativePath);
      return { relativePath: f.relativePath, file: blobs.get(f.relativePath) ?? new Blob([]), ...(reason !== undefined ? { refused: reason } : {}) };
    }),
  };
}

export function createElectronHost(bridge: PreloadBridge): Host {
  return {
    kind: 'electron',
    async openDatasetDialog() {
      const file = unwrap(await bridge.openDatasetDialog());
      return file ? toDatasetFile(file) : null;
    },
    async listSamples() {
      return unwrap(await bridge.listSamples());
    },
    async loadSample(id) {
      return toDatasetFile(unwrap(await bridge.loadSample(id)));
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
    async saveTextFile(suggestedName, text) {
      return unwrap(await bridge.saveTextFile(suggestedName, text));
    },
    async openTextFile(accept, maxBytes) {
      return unwrap(await bridge.openTextFile(accept, maxBytes));
    },
    async openBinaryFile(accept, maxBytes) {
      return unwrap(await bridge.openBinaryFile(accept, maxBytes));
    },
    async saveFiles(suggestedFolderName, files) {
      return unwrap(await bridge.saveFiles(suggestedFolderName, files.map((f) => ({ name: f.name, data: f.data }))));
    },
    async saveBinaryFile(suggestedName, bytes) {
      return unwrap(await bridge.saveBinaryFile(suggestedName, bytes));
    },
    async openImageFolder(onProgress) {
      const listing = unwrap(await bridge.openImageFolder());
      return listing ? readListing(bridge, listing, onProgress) : null;
    },
    async loadImageSample(id, onProgress) {
      return readListing(bridge, unwrap(await bridge.listImageSample(id)), onProgress);
    },
    setLocale(locale) {
      // The menu and dialogs keep their last language if this fails; nothing waits for it.
      bridge.setLocale(locale).catch((err: unknown) => console.warn('setLocale failed', err));
    },
  };
}
