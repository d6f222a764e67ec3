/**
 * The one way the window opens data of any kind: a table file goes to the parse worker
 * (useTableReader), a folder of images to the images worker (useImageReader). Opening one
 * ends the loading of the other, and the analysis of a plan is asked of whichever holds the
 * data: the parse worker for a table (large tables take longer than a frame), this thread for
 * images (their index and inspection are small, nothing is decoded).
 */
import { useCallback, useMemo, type Dispatch } from 'react';
import type { TypedDataset } from '../../core/data/types';
import { analysePlan, type PlanAnalysis } from '../../core/pipeline/analyse';
import type { SplitOptions } from '../../core/sources/kind';
import type { KindPlan } from '../../core/sources/registry';
import type { ImageFolder } from '../../host/contract';
import type { ImageIndexRequest } from '../../workers/image-messages';
import type { NamedTarget } from './loaded';
import type { Action } from './state';
import { useImageReader, type FolderSource } from './useImageReader';
import { useTableReader, type FileToLoad } from './useTableReader';

export type { FileToLoad } from './useTableReader';
export type { FolderSource } from './useImageReader';

export interface DataLoader {
  /** Reads a CSV/TSV file; a sample may say which column it is meant to predict. */
  openFile(file: FileToLoad, target?: NamedTarget): void;
  /** Reads a folder of images (class sub-folders, or a CSV of image paths: `indexAs`). */
  openFolder(name: string, source: FolderSource, indexAs?: (folder: ImageFolder) => ImageIndexRequest): Promise<void>;
  /** The analysis of a plan of the loaded data; null when a later request superseded it. */
  analyse(plan: KindPlan, settings: SplitOptions): Promise<PlanAnalysis | null>;
  /** Lets go of a parse worker that holds a table other than this one. */
  keepOnly(dataset: TypedDataset | null): void;
  /** A port on which the parse worker sends its copy of `dataset` to a train worker; null when it holds none. */
  datasetPort(dataset: TypedDataset): MessagePort | null;
}

export function useDataLoader(dispatch: Dispatch<Action>): DataLoader {
  const tables = useTableReader(dispatch);
  const images = useImageReader(dispatch);

  const openFile = useCallback(
    (file: FileToLoad, target?: NamedTarget) => {
      images.cancel();
      tables.load(file, target);
    },
    [images, tables],
  );

  const openFolder = useCallback(
    (name: string, source: FolderSource, indexAs?: (folder: ImageFolder) => ImageIndexRequest) => {
      tables.cancel();
      return images.load(name, source, indexAs);
    },
    [images, tables],
  );

  const analyse = useCallback(
    (plan: KindPlan, settings: SplitOptions): Promise<PlanAnalysis | null> => {
      switch (plan.kind) {
        case 'images':
          return Promise.resolve(analysePlan(plan, settings));
        case 'table':
        case 'sequences':
          return tables.analyse(plan, settings);
      }
    },
    [tables],
  );

  return useMemo(
    () => ({ openFile, openFolder, analyse, keepOnly: tables.keepOnly, datasetPort: tables.datasetPort }),
    [openFile, openFolder, analyse, tables.keepOnly, tables.datasetPort],
  );
}
