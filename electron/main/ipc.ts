/**
 * The IPC handlers behind the preload's verbs. Every handler first checks that the request
 * comes from one of the app's own pages and that its arguments match the channel's schema;
 * a request failing either is rejected outright (it is a bug or an attack, not a user error).
 * Failures of the work itself travel back as values (BridgeResult) so the renderer keeps the
 * AppError's code and plain message. Electron is only a type here, so tests run without it.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { toAppErrorInfo } from '../../src/core/errors';
import type { MessageCode } from '../../src/core/i18n/catalogue';
import type { Locale } from '../../src/core/i18n/locale';
import { msg } from '../../src/core/i18n/message';
import { translator, type Translator } from '../../src/core/i18n/translate';
import { IPC_CHANNELS, type BridgeResult } from '../../src/host/contract';
import { ipcArgsSchemas } from '../../src/host/schema';
import { datasetDialogOptions, readDialogChoice, type OpenDialogAnswer } from './services/datasets';
import { imageFolderDialogOptions, ImageFolderRegistry, listDialogChoice, listSampleFolder } from './services/image-folders';
import { imageSampleFolder, listSamples, loadSample } from './services/samples';
import { saveBinaryChoice, saveBinaryDialogOptions, saveFilesChoice, saveFolderDialogOptions } from './services/save-files';
import {
  openBinaryDialogOptions,
  openTextDialogOptions,
  readOpenBinaryChoice,
  readOpenTextChoice,
  saveTextDialogOptions,
  writeSaveChoice,
  type SaveDialogAnswer,
} from './services/text-files';
import { isAppUrl } from './services/trusted-url';

export interface IpcServices {
  /** Origins whose frames may call (trusted-url.ts `appOrigins`). */
  readonly allowedOrigins: readonly string[];
  /** Folder holding index.json and the sample files (samples.ts `resolveSamplesDir`). */
  readonly samplesDir: string;
  /** Shows the native open dialog for the window that asked. */
  showOpenDialog(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<OpenDialogAnswer>;
  /** Shows the native save dialog for the window that asked. */
  showSaveDialog(event: IpcMainInvokeEvent, options: SaveDialogOptions): Promise<SaveDialogAnswer>;
  /** Image folders listed for the renderer; one per app (a default one when absent). */
  readonly imageFolders?: ImageFolderRegistry;
  /** The app's language, which the dialogs speak (English when absent). */
  locale?(): Locale;
  /** The renderer chose a language: the menu follows it. */
  setLocale?(locale: Locale): void;
}

/** The options this module passes to the dialogs (structural subsets of Electron's). */
export type OpenDialogOptions =
  | ReturnType<typeof datasetDialogOptions>
  | ReturnType<typeof imageFolderDialogOptions>
  | ReturnType<typeof saveFolderDialogOptions>
  | ReturnType<typeof openBinaryDialogOptions>;
export type SaveDialogOptions = ReturnType<typeof saveTextDialogOptions> | ReturnType<typeof saveBinaryDialogOptions>;

export type IpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<BridgeResult<unknown>>;

function guarded<Args extends readonly unknown[], T>(
  channel: string,
  argsSchema: z.ZodType<Args>,
  allowedOrigins: readonly string[],
  fallbackMessage: MessageCode,
  run: (event: IpcMainInvokeEvent, args: Args) => Promise<T>,
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<BridgeResult<T>> {
  return async (event, ...rawArgs) => {
    // senderFrame is null once the frame has navigated away or been destroyed.
    const frameUrl = event.senderFrame?.url;
    if (!frameUrl || !isAppUrl(frameUrl, allowedOrigins)) {
      throw new Error(`Layerbench refused "${channel}": the request did not come from a Layerbench page.`);
    }
    const parsed = argsSchema.safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(`Layerbench refused "${channel}": its arguments are not valid.`);
    }
    try {
      return { ok: true, value: await run(event, parsed.data) };
    } catch (err) {
      return { ok: false, error: toAppErrorInfo(err, msg(fallbackMessage)) };
    }
  };
}

/** One handler per channel; exported separately from registration so tests can call them. */
export function createIpcHandlers(services: IpcServices): Record<string, IpcHandler> {
  const origins = services.allowedOrigins;
  const folders = services.imageFolders ?? new ImageFolderRegistry();
  const t = (): Translator => translator(services.locale?.() ?? 'en');
  return {
    [IPC_CHANNELS.openDatasetDialog]: guarded(
      IPC_CHANNELS.openDatasetDialog, ipcArgsSchemas.openDatasetDialog, origins,
      'host.ipc.openFile',
      async (event) => readDialogChoice(await services.showOpenDialog(event, datasetDialogOptions(t()))),
    ),
    [IPC_CHANNELS.listSamples]: guarded(
      IPC_CHANNELS.listSamples, ipcArgsSchemas.listSamples, origins,
      'host.ipc.listSamples',
      async () => listSamples(services.samplesDir),
    ),
    [IPC_CHANNELS.loadSample]: guarded(
      IPC_CHANNELS.loadSample, ipcArgsSchemas.loadSample, origins,
      'host.ipc.openSample',
      async (_event, [id]) => loadSample(services.samplesDir, id),
    ),
    [IPC_CHANNELS.saveTextFile]: guarded(
      IPC_CHANNELS.saveTextFile, ipcArgsSchemas.saveTextFile, origins,
      'host.ipc.saveFile',
      async (event, [name, text]) => writeSaveChoice(await services.showSaveDialog(event, saveTextDialogOptions(name, t())), text),
    ),
    [IPC_CHANNELS.openTextFile]: guarded(
      IPC_CHANNELS.openTextFile, ipcArgsSchemas.openTextFile, origins,
      'host.ipc.openFile',
      async (event, [accept, maxBytes]) => readOpenTextChoice(await services.showOpenDialog(event, openTextDialogOptions(accept, t())), maxBytes),
    ),
    [IPC_CHANNELS.openBinaryFile]: guarded(
      IPC_CHANNELS.openBinaryFile, ipcArgsSchemas.openBinaryFile, origins,
      'host.ipc.openFile',
      async (event, [accept, maxBytes]) => readOpenBinaryChoice(await services.showOpenDialog(event, openBinaryDialogOptions(accept, t())), maxBytes),
    ),
    [IPC_CHANNELS.saveFiles]: guarded(
      IPC_CHANNELS.saveFiles, ipcArgsSchemas.saveFiles, origins,
      'host.ipc.saveFiles',
      async (event, [folderName, files]) => saveFilesChoice(await services.showOpenDialog(event, saveFolderDialogOptions(t())), folderName, files),
    ),
    [IPC_CHANNELS.saveBinaryFile]: guarded(
      IPC_CHANNELS.saveBinaryFile, ipcArgsSchemas.saveBinaryFile, origins,
      'host.ipc.saveFile',
      async (event, [name, bytes]) => saveBinaryChoice(await services.showSaveDialog(event, saveBinaryDialogOptions(name, t())), bytes),
    ),
    [IPC_CHANNELS.openImageFolder]: guarded(
      IPC_CHANNELS.openImageFolder, ipcArgsSchemas.openImageFolder, origins,
      'host.ipc.openFolder',
      async (event) => listDialogChoice(folders, await services.showOpenDialog(event, imageFolderDialogOptions(t()))),
    ),
    [IPC_CHANNELS.listImageSample]: guarded(
      IPC_CHANNELS.listImageSample, ipcArgsSchemas.listImageSample, origins,
      'host.ipc.openSample',
      async (_event, [id]) => {
        const folder = await imageSampleFolder(services.samplesDir, id);
        return listSampleFolder(folders, folder.path, folder.name);
      },
    ),
    [IPC_CHANNELS.readImageFiles]: guarded(
      IPC_CHANNELS.readImageFiles, ipcArgsSchemas.readImageFiles, origins,
      'host.ipc.readImages',
      async (_event, [token, paths]) => folders.read(token, paths),
    ),
    [IPC_CHANNELS.setLocale]: guarded(
      IPC_CHANNELS.setLocale, ipcArgsSchemas.setLocale, origins,
      'common.internalError',
      async (_event, [locale]) => {
        services.setLocale?.(locale);
        return null;
      },
    ),
  };
}

export function registerIpcHandlers(ipc: Pick<IpcMain, 'handle'>, services: IpcServices): void {
  for (const [channel, handler] of Object.entries(createIpcHandlers(services))) {
    ipc.handle(channel, handler);
  }
}
