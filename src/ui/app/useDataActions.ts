/**
 * The user's ways of opening data, wired to the host and the loader: the open dialog, a dropped
 * file or folder, a built-in sample, an image folder, a table's column of image paths, and the
 * application menu's commands. Each goes to the Data step first.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { EncodingName } from '../../core/data/encoding';
import { toAppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import type { Host, SampleInfo } from '../../host/contract';
import { useT } from '../i18n/I18nProvider';
import { say } from '../i18n/say';
import { readDroppedFolder, type DroppedDirectoryEntry } from './folderDrop';
import { imagePathColumn, withCsv } from './imageState';
import { sampleInLanguage, sampleTitle } from './samples';
import { tableOf, type Loaded, type NamedTarget } from './loaded';
import type { Action } from './state';
import type { DataLoader, FileToLoad } from './useDataLoader';

export interface DataActions {
  /** The built-in samples, titled and described in the UI's language. */
  readonly samples: readonly SampleInfo[];
  openFile(file: FileToLoad, target?: NamedTarget): void;
  openDialog(): Promise<void>;
  openFolder(): void;
  dropFolder(entry: DroppedDirectoryEntry): void;
  loadSample(id: string): Promise<void>;
  /** The column of the loaded table that holds image file names, if any. */
  readonly pathColumn: string | null;
  /** Opens the images named in `pathColumn`, from a folder the user chooses. */
  useImagePaths(): void;
  /**
   * Reads a table file again in another text encoding: the file whose table is shown, or
   * (`failed`) the file that just could not be read.
   */
  reread(encoding: EncodingName, which: 'shown' | 'failed'): void;
}

export function useDataActions(host: Host, loader: DataLoader, loaded: Loaded | null, dispatch: Dispatch<Action>): DataActions {
  const t = useT();
  const [samples, setSamples] = useState<readonly SampleInfo[]>([]);
  // The last table file opened: a CSV of image paths is read again, with its images, from it.
  const lastTable = useRef<FileToLoad | null>(null);
  const lastTarget = useRef<NamedTarget | undefined>(undefined);
  // The file (and the sample's target) whose table is shown: read again in another encoding.
  const shownTable = useRef<{ file: FileToLoad; target: NamedTarget | undefined } | null>(null);
  const toData = useCallback(() => dispatch({ type: 'step-selected', step: 'data' }), [dispatch]);

  const openFile = useCallback(
    (file: FileToLoad, target?: NamedTarget) => {
      lastTable.current = file;
      lastTarget.current = target;
      toData();
      loader.openFile(file, target);
    },
    [loader, toData],
  );

  const openFolder = useCallback(() => {
    toData();
    void loader.openFolder(t('app.theFolder'), (onProgress) => host.openImageFolder(onProgress));
  }, [host, loader, toData, t]);

  const table = tableOf(loaded);
  const pathColumn = useMemo(() => (table ? imagePathColumn(table) : null), [table]);
  useEffect(() => {
    const file = lastTable.current;
    if (table && file && file.name === table.name) shownTable.current = { file, target: lastTarget.current };
  }, [table]);
  const reread = useCallback(
    (encoding: EncodingName, which: 'shown' | 'failed') => {
      const source = which === 'shown' ? shownTable.current : lastTable.current ? { file: lastTable.current, target: lastTarget.current } : null;
      if (source) openFile({ ...source.file, encoding }, source.target);
    },
    [openFile],
  );
  const tableTarget = loaded?.kind === 'table' ? loaded.planState?.plan.target : undefined;
  const useImagePaths = useCallback(() => {
    const file = lastTable.current;
    if (!pathColumn || !file || file.name !== table?.name) return;
    const csvName = file.name;
    void loader.openFolder(
      csvName,
      async (onProgress) => {
        const folder = await host.openImageFolder(onProgress);
        return folder ? withCsv(folder, csvName, file.data) : null;
      },
      () => ({
        kind: 'csv',
        name: csvName,
        csvPath: csvName,
        pathColumn,
        ...(tableTarget && tableTarget !== pathColumn ? { target: tableTarget } : {}),
      }),
    );
  }, [host, loader, pathColumn, table?.name, tableTarget]);

  const dropFolder = useCallback(
    (entry: DroppedDirectoryEntry) => {
      toData();
      void loader.openFolder(entry.name, () => readDroppedFolder(entry));
    },
    [loader, toData],
  );

  const openDialog = useCallback(async () => {
    try {
      const file = await host.openDatasetDialog();
      if (file) openFile(file);
    } catch (err) {
      dispatch({ type: 'load-failed', error: toAppErrorInfo(err, msg('app.error.openFile')) });
    }
  }, [host, openFile, dispatch]);

  const loadSample = useCallback(
    async (id: string) => {
      const sample = samples.find((s) => s.id === id);
      if (sample?.kind === 'images') {
        toData();
        void loader.openFolder(say(t, sampleTitle(sample)), (onProgress) => host.loadImageSample(id, onProgress));
        return;
      }
      try {
        const file = await host.loadSample(id);
        openFile(file, sample?.target ? { column: sample.target, source: msg('app.reason.sample', { title: sampleTitle(sample) }) } : undefined);
      } catch (err) {
        dispatch({ type: 'load-failed', error: toAppErrorInfo(err, msg('app.error.loadSample')) });
      }
    },
    [host, openFile, samples, loader, toData, dispatch, t],
  );

  useEffect(() => {
    let live = true;
    host
      .listSamples()
      .then((list) => {
        if (live) setSamples(list);
      })
      .catch((err: unknown) => {
        if (live) dispatch({ type: 'load-failed', error: toAppErrorInfo(err, msg('app.error.listSamples')) });
      });
    return () => {
      live = false;
    };
  }, [host, dispatch]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'open-dataset') void openDialog();
        if (command === 'open-image-folder') openFolder();
      }),
    [host, openDialog, openFolder],
  );

  const shownSamples = useMemo(() => samples.map((s) => sampleInLanguage(t, s)), [samples, t]);
  return useMemo(
    () => ({ samples: shownSamples, openFile, openDialog, openFolder, dropFolder, loadSample, pathColumn, useImagePaths, reread }),
    [shownSamples, openFile, openDialog, openFolder, dropFolder, loadSample, pathColumn, useImagePaths, reread],
  );
}
