/**
 * The records of the image path: file paths → ImageIndex → (decode) ImageScan → ImageInspection
 * → (user: size, channels, augmentation) ImageEncodingPlan → EncodedDataset [N, H, W, C].
 * Everything here is structured-cloneable so it can cross a worker boundary.
 */
import type { AppErrorInfo } from '../../errors';
import type { Task } from '../../features/types';
import type { Message } from '../../i18n/message';
import type { ShapeExplanation } from '../../shape/types';
import type { PrepareProgress, SkippedItem } from '../kind';

export type ImageFormat = 'png' | 'jpeg' | 'bmp' | 'gif' | 'webp';

/** One image of the dataset. relativePath: '/'-separated, relative to the root folder (or to the CSV's folder). */
export interface ImageEntry {
  readonly relativePath: string;
  /** Classification: the class label. */
  readonly label?: string;
  /** Regression: the numeric target. */
  readonly target?: number;
}

/** A file that was left out, with the reason in plain words. */
export type SkippedFile = SkippedItem;

export interface ImageIndex {
  /** Folder or CSV name as the user knows it. */
  readonly name: string;
  readonly source: 'folder' | 'csv';
  /** A folder of class sub-folders is always classification. */
  readonly task: Task;
  /** 'class' for a folder; the label/target column of a CSV. */
  readonly targetName: string;
  readonly taskReason: Message;
  /** Sorted by relativePath. */
  readonly entries: readonly ImageEntry[];
  /** Classification: the labels, sorted; regression: empty. */
  readonly classes: readonly string[];
  /** Files that are not images, and CSV rows without a usable path or target. */
  readonly ignored: readonly SkippedFile[];
  /** CSV only: the column holding the image paths. */
  readonly pathColumn?: string;
}

export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  /** [height, width, 4] row-major, RGBA 0–255. */
  readonly rgba: Uint8ClampedArray;
}

/** Decodes one file's bytes; throws (any error) when the file is not a readable image. */
export type DecodeImage = (bytes: Uint8Array, relativePath: string) => Promise<DecodedImage>;
export type ReadImageFile = (relativePath: string) => Promise<Uint8Array>;

/** Where images come from: the same core code serves Node's fs, a browser FileList and Electron. */
export interface ImageSource {
  readonly index: ImageIndex;
  readonly read: ReadImageFile;
  readonly decode: DecodeImage;
  /**
   * The files the inspection could not read, when it is known: training leaves them out without
   * decoding every file again first, and any other file that fails to decode later is an error.
   */
  readonly unreadable?: readonly SkippedFile[];
}

/** What one decoded image looked like; `entry` is its position in index.entries. */
export interface ImageStats {
  readonly entry: number;
  readonly width: number;
  readonly height: number;
  readonly grayscale: boolean;
  readonly hasAlpha: boolean;
}

export interface ImageScan {
  readonly images: readonly ImageStats[];
  /** Corrupt or unreadable images. */
  readonly skipped: readonly SkippedFile[];
}

/** Decoding progress: a scan (inspection) or an encoding (training). */
export type ImageProgress = PrepareProgress;

export interface SizeSpread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface SizeCount {
  readonly width: number;
  readonly height: number;
  readonly count: number;
}

export interface ImageInspection {
  readonly kind: 'images';
  readonly name: string;
  readonly source: 'folder' | 'csv';
  readonly task: Task;
  readonly targetName: string;
  readonly taskReason: Message;
  /** Images that decoded. */
  readonly imageCount: number;
  /** Classification: images per class (decodable ones), in class order. */
  readonly classes: readonly { readonly label: string; readonly count: number }[];
  /** Regression: the spread of the target. */
  readonly target?: SizeSpread & { readonly mean: number };
  readonly sizes: {
    readonly width: SizeSpread;
    readonly height: SizeSpread;
    readonly mostCommon: SizeCount;
    readonly distinct: number;
    /** The most common sizes, at most 8. */
    readonly top: readonly SizeCount[];
  };
  /** Every pixel of every image has R = G = B. */
  readonly grayscale: boolean;
  /** Some image had a pixel that is not fully opaque; alpha is dropped. */
  readonly alphaDropped: boolean;
  readonly channels: 1 | 3;
  readonly channelReason: Message;
  readonly proposedSize: { readonly height: number; readonly width: number };
  readonly inputShape: readonly [null, number, number, number];
  readonly explanation: ShapeExplanation;
  readonly resizeMethod: 'bilinear';
  readonly skipped: readonly SkippedFile[];
  readonly ignored: readonly SkippedFile[];
  /** Imbalance, alpha dropped, skipped files, mixed sizes. */
  readonly warnings: readonly AppErrorInfo[];
}

export interface AugmentOptions {
  readonly flip: boolean;
  /** Largest shift in pixels, 0–2. */
  readonly shift: number;
}

export const NO_AUGMENT: AugmentOptions = { flip: false, shift: 0 };

/** The user's choices on the Shape step for images. */
export interface ImageEncodingPlan {
  readonly height: number;
  readonly width: number;
  readonly channels: 1 | 3;
  readonly augment: AugmentOptions;
}

export const MIN_IMAGE_SIDE = 8;
export const MAX_IMAGE_SIDE = 256;
