/**
 * The built-in sample datasets. The renderer names a sample by id only; the id is looked up in
 * the validated index, and only the index's plain file name is joined to the samples folder,
 * so nothing the renderer sends ever becomes a path.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, quoteInput } from '../../../src/core/errors';
import { msg } from '../../../src/core/i18n/message';
import type { DatasetBytes, SampleInfo } from '../../../src/host/contract';
import { parseSampleIndex } from '../../../src/host/schema';
import { MAX_DATASET_BYTES, readDatasetFile } from './datasets';

export const SAMPLES_INDEX_FILE = 'index.json';

export interface SamplesLocation {
  /** app.isPackaged */
  readonly isPackaged: boolean;
  /** process.resourcesPath: the folder beside app.asar, where packaging puts the samples. */
  readonly resourcesPath: string;
  /** out/renderer */
  readonly rendererRoot: string;
  /** app.getAppPath(): the project folder when not packaged. */
  readonly appRoot: string;
}

/**
 * Where the samples are. A packaged app holds them as real files beside app.asar
 * (electron-builder's extraResources: resources/samples), so image samples are plain folders.
 * Otherwise: the copy the renderer build made (out/renderer/samples, since resources/ is the
 * renderer's publicDir), else the source folder resources/samples (before any renderer build).
 */
export function resolveSamplesDir(where: SamplesLocation, exists: (path: string) => boolean = existsSync): string {
  if (where.isPackaged) return join(where.resourcesPath, 'samples');
  const built = join(where.rendererRoot, 'samples');
  if (exists(join(built, SAMPLES_INDEX_FILE))) return built;
  return join(where.appRoot, 'resources', 'samples');
}

export async function listSamples(samplesDir: string): Promise<SampleInfo[]> {
  const indexPath = join(samplesDir, SAMPLES_INDEX_FILE);
  let text: string;
  try {
    text = await readFile(indexPath, 'utf8');
  } catch (err) {
    throw new AppError({
      code: 'samples/missing',
      message: msg('host.samples.missing'),
      detail: `${indexPath}: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  try {
    return parseSampleIndex(text);
  } catch (err) {
    throw new AppError({
      code: 'samples/index-invalid',
      message: msg('host.samples.listDamaged'),
      detail: `${indexPath}: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
}

/** Reads one sample by id; the id must be one the index lists. */
export async function loadSample(samplesDir: string, id: string, maxBytes = MAX_DATASET_BYTES): Promise<DatasetBytes> {
  const samples = await listSamples(samplesDir);
  const sample = samples.find((s) => s.id === id);
  if (!sample) {
    throw new AppError({
      code: 'samples/unknown',
      message: msg('host.samples.unknown', { id: quoteInput(id) }),
      detail: `known ids: ${samples.map((s) => s.id).join(', ')}`,
    });
  }
  if (sample.kind === 'images') {
    throw new AppError({
      code: 'samples/not-a-table',
      message: msg('host.samples.notTable', { name: quoteInput(sample.title) }),
      detail: `sample ${id} has kind images`,
    });
  }
  // fileName passed sampleFileNameSchema: a plain name, no separators, no "..".
  return readDatasetFile(join(samplesDir, sample.fileName), maxBytes);
}

/** The folder of an image sample, by id; the folder name passed sampleFolderSchema (a plain name). */
export async function imageSampleFolder(samplesDir: string, id: string): Promise<{ path: string; name: string }> {
  const sample = (await listSamples(samplesDir)).find((s) => s.id === id);
  if (!sample || sample.kind !== 'images') {
    throw new AppError({ code: 'samples/unknown', message: msg('host.samples.unknownImages', { id: quoteInput(id) }) });
  }
  return { path: join(samplesDir, sample.folder), name: sample.folder };
}
