/**
 * The preload: exposes the host's narrow verbs on `window.layerbench`, never ipcRenderer itself.
 * A sandboxed preload may require only 'electron', so this file imports nothing else at run
 * time (contract.ts holds types and the channel names, which the build inlines). Arguments are
 * validated again in the main process, which trusts nothing the renderer sends.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  MENU_COMMANDS,
  type BinaryFile,
  type BridgeResult,
  type DatasetBytes,
  type ImageFileBytes,
  type ImageFolderListing,
  type MenuCommand,
  type PreloadBridge,
  type SampleInfo,
  type SavedFile,
  type TextFile,
} from '../../src/host/contract';
import type { Locale } from '../../src/core/i18n/locale';

const bridge = {
  openDatasetDialog: (): Promise<BridgeResult<DatasetBytes | null>> => ipcRenderer.invoke(IPC_CHANNELS.openDatasetDialog),
  listSamples: (): Promise<BridgeResult<SampleInfo[]>> => ipcRenderer.invoke(IPC_CHANNELS.listSamples),
  loadSample: (id: string): Promise<BridgeResult<DatasetBytes>> => ipcRenderer.invoke(IPC_CHANNELS.loadSample, String(id)),
  saveTextFile: (suggestedName: string, text: string): Promise<BridgeResult<boolean>> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, String(suggestedName), String(text)),
  openTextFile: (accept: readonly string[], maxBytes?: number): Promise<BridgeResult<TextFile | null>> =>
    ipcRenderer.invoke(IPC_CHANNELS.openTextFile, Array.from(accept, String), maxBytes),
  openBinaryFile: (accept: readonly string[], maxBytes: number): Promise<BridgeResult<BinaryFile | null>> =>
    ipcRenderer.invoke(IPC_CHANNELS.openBinaryFile, Array.from(accept, String), Number(maxBytes)),
  saveFiles: (suggestedFolderName: string, files: readonly SavedFile[]): Promise<BridgeResult<boolean>> =>
    ipcRenderer.invoke(
      IPC_CHANNELS.saveFiles,
      String(suggestedFolderName),
      Array.from(files, (f) => ({ name: String(f.name), data: typeof f.data === 'string' ? f.data : new Uint8Array(f.data) })),
    ),
  saveBinaryFile: (suggestedName: string, bytes: Uint8Array): Promise<BridgeResult<boolean>> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveBinaryFile, String(suggestedName), new Uint8Array(bytes)),
  openImageFolder: (): Promise<BridgeResult<ImageFolderListing | null>> => ipcRenderer.invoke(IPC_CHANNELS.openImageFolder),
  listImageSample: (id: string): Promise<BridgeResult<ImageFolderListing>> => ipcRenderer.invoke(IPC_CHANNELS.listImageSample, String(id)),
  readImageFiles: (token: string, relativePaths: readonly string[]): Promise<BridgeResult<ImageFileBytes[]>> =>
    ipcRenderer.invoke(IPC_CHANNELS.readImageFiles, String(token), Array.from(relativePaths, String)),
  setLocale: (locale: Locale): Promise<BridgeResult<null>> => ipcRenderer.invoke(IPC_CHANNELS.setLocale, String(locale)),
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    // The listener never sees the IPC event (it would expose `sender`, i.e. ipcRenderer).
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, relay);
    };
  },
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('layerbench', bridge);
