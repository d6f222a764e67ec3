/**
 * The image side of the app's state: the folder the user opened (its files stay Blobs in the
 * renderer, for thumbnails), core's index and inspection of it, and the user's choices on the
 * Shape step (size, channels, augmentation). Pure functions used by state.ts's reducer.
 */
import type { ImageEncodingPlan, ImageIndex, ImageInspection, ImageProgress } from '../../core/sources/images/types';
import { MAX_IMAGE_SIDE, MIN_IMAGE_SIDE } from '../../core/sources/images/types';
import { defaultImagePlan } from '../../core/sources/images/inspect';
import { imageFormatOf } from '../../core/sources/images/paths';
import type { TypedDataset } from '../../core/data/types';
import type { ImageFolder } from '../../host/contract';
import type { ImageIndexRequest } from '../../workers/image-messages';

export interface ImagesState {
  readonly folder: ImageFolder;
  /** How the folder was indexed (class folders, or a CSV of paths): training indexes it the same way. */
  readonly request: ImageIndexRequest;
  readonly index: ImageIndex;
  readonly inspection: ImageInspection;
  readonly plan: ImageEncodingPlan;
}

/** Reading the files (host), then decoding them (worker): what the "Loading images" bar shows. */
export interface ImageLoadProgress {
  readonly phase: 'read' | ImageProgress['phase'];
  readonly done: number;
  readonly total: number;
}

export type ImagePlanPatch = Partial<Pick<ImageEncodingPlan, 'height' | 'width' | 'channels'>> & {
  readonly augment?: boolean;
};

/** Light augmentation as the Shape step offers it: horizontal flip and a shift of up to 2 pixels. */
export const AUGMENT_ON = { flip: true, shift: 2 } as const;

/** A side typed by the user, kept inside what core accepts (whole pixels, 8–256). */
export function clampSide(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(MAX_IMAGE_SIDE, Math.max(MIN_IMAGE_SIDE, Math.round(value)));
}

export function imagesLoaded(folder: ImageFolder, request: ImageIndexRequest, index: ImageIndex, inspection: ImageInspection): ImagesState {
  return { folder, request, index, inspection, plan: defaultImagePlan(inspection) };
}

/**
 * The column of a table whose cells (in the preview) mostly name image files, or null; a
 * header that says "path", "file" or "image" wins a tie. Offered as "Use column X as image paths".
 */
export function imagePathColumn(dataset: TypedDataset): string | null {
  let best: { name: string; score: number } | null = null;
  for (const column of dataset.columns) {
    if (column.kind !== 'text' && column.kind !== 'category') continue;
    const cells = dataset.preview.map((row) => (row[column.index] ?? '').trim()).filter((v) => v !== '');
    if (cells.length === 0) continue;
    const share = cells.filter((v) => imageFormatOf(v) !== null).length / cells.length;
    const score = share + (/path|file|image|img/i.test(column.name) ? 0.01 : 0);
    if (share >= 0.5 && (!best || score > best.score)) best = { name: column.name, score };
  }
  return best?.name ?? null;
}

/** The files of the folder the user chose for a CSV, with the CSV itself at its root (paths are read from there). */
export function withCsv(folder: ImageFolder, csvName: string, csv: Blob): ImageFolder {
  return {
    name: folder.name,
    files: [...folder.files.filter((f) => f.relativePath !== csvName), { relativePath: csvName, file: csv }],
  };
}

export function patchImagePlan(plan: ImageEncodingPlan, patch: ImagePlanPatch): ImageEncodingPlan {
  const next: ImageEncodingPlan = {
    height: patch.height === undefined ? plan.height : clampSide(patch.height, plan.height),
    width: patch.width === undefined ? plan.width : clampSide(patch.width, plan.width),
    channels: patch.channels ?? plan.channels,
    augment: patch.augment === undefined ? plan.augment : patch.augment ? AUGMENT_ON : { flip: false, shift: 0 },
  };
  const same =
    next.height === plan.height &&
    next.width === plan.width &&
    next.channels === plan.channels &&
    next.augment.flip === plan.augment.flip &&
    next.augment.shift === plan.augment.shift;
  return same ? plan : next;
}

/** The files by relative path, to find a thumbnail's Blob. */
export function filesByPath(folder: ImageFolder): ReadonlyMap<string, Blob> {
  return new Map(folder.files.map((f) => [f.relativePath, f.file]));
}
