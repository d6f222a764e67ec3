/** Host over the preload bridge (`window.layerbench`): unwraps IPC results and wraps bytes in Blobs. */
import { AppError } from '../core/errors';
import type { BridgeResult, DatasetBytes, DatasetFile, Host, PreloadBridge } from './contract';

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
  throw new AppError(result.error);
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
    async openTextFile(accept) {
      return unwrap(await bridge.openTextFile(accept));
    },
  };
}
