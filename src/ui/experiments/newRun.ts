/**
 * "New run from these settings": a saved run's choices can only be applied to the data it was
 * trained on. Tables are recognised by content (the fingerprint), image folders by name.
 */
import type { TypedDataset } from '../../core/data/types';
import { fingerprintDataset } from '../../core/experiment/fingerprint';
import type { ExperimentRecord } from '../../core/experiment/types';
import { quoteInput } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';

/** Fingerprints of the datasets seen, so a large table is hashed once. */
const fingerprints = new WeakMap<TypedDataset, string>();

export function datasetFingerprint(dataset: TypedDataset): string {
  let known = fingerprints.get(dataset);
  if (known === undefined) {
    known = fingerprintDataset(dataset);
    fingerprints.set(dataset, known);
  }
  return known;
}

export interface LoadedData {
  readonly dataset: TypedDataset | null;
  /** The image folder's name, when images are loaded. */
  readonly imageFolder: string | null;
}

/** Why the run's settings cannot be applied to what is loaded; null when they can. */
export function newRunBlocker(record: ExperimentRecord, loaded: LoadedData): Message | null {
  const open = msg('experiment.newRun.open', { dataset: quoteInput(record.dataset.name) });
  if (record.dataset.kind === 'images') {
    return loaded.imageFolder === record.dataset.name ? null : open;
  }
  if (!loaded.dataset) return open;
  if (datasetFingerprint(loaded.dataset) !== record.dataset.fingerprint) {
    return msg('experiment.newRun.otherData', { name: quoteInput(loaded.dataset.name), open });
  }
  const names = new Set(loaded.dataset.columns.map((c) => c.name));
  const lost = [record.plan.target, ...record.plan.features].filter((c) => !names.has(c));
  return lost.length > 0 ? msg('experiment.newRun.lostColumns', { count: lost.length, columns: lost.map((c) => quoteInput(c)).join(', '), open }) : null;
}
