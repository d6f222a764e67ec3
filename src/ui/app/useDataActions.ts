/**
 * The user's ways of opening data, wired to the host and the loader: the open dialog, a dropped
 * file or folder, a built-in sample, an image folder, a table's column of image paths, and the
 * application menu's commands. Each goes to the Data step first.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { EncodingName } from '../../core/data/encoding';
import { toAppErrorInfo } from '../../core/errors';
import type { Host, SampleInfo } from '../../host/contract';
import { readDroppedFolder, type DroppedDirectoryEntry } from './folderDrop';
import { imagePathColumn, withCsv } from './imageState';
import { tableOf, type Loaded, type NamedTarget } from './loaded';
import type { Action } from './state';
import type { DataLoader, FileToLoad } from './useDataLoader';

export interface DataActions {
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
    void loader.openFolder('the folder', (onProgress) => host.openImageFolder(onProgress));
  }, [host, loader, toData]);

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
      dispatch({ type: 'load-failed', error: toAppErrorInfo(err, 'The file could not be opened.') });
    }
  }, [host, openFile, dispatch]);

  const loadSample = useCallback(
    async (id: string) => {
      const sample = samples.find((s) => s.id === id);
      if (sample?.kind === 'images') {
        toData();
        void loader.openFolder(sample.title, (onProgress) => host.loadImageSample(id, onProgress));
        return;
      }
      try {
        const file = await host.loadSample(id);
        openFile(file, sample?.target ? { column: sample.target, source: `the sample “${sample.title}”` } : undefined);
      } catch (err) {
        dispatch({ type: 'load-failed', error: toAppErrorInfo(err, 'The sample could not be loaded.') });
      }
    },
    [host, openFile, samples, loader, toData, dispatch],
  );

  useEffect(() => {
    let live = true;
    host
      .listSamples()
      .then((list) => {
        if (live) setSamples(list);
      })
      .catch((err: unknown) => {
        if (live) dispatch({ type: 'load-failed', error: toAppErrorInfo(err, 'The built-in samples could not be listed.') });
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

  return useMemo(
    () => ({ samples, openFile, openDialog, openFolder, dropFolder, loadSample, pathColumn, useImagePaths, reread }),
    [samples, openFile, openDialog, openFolder, dropFolder, loadSample, pathColumn, useImagePaths, reread],
  );
}
