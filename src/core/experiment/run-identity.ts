/**
 * What an experiment record says of its data and plan, for every kind: the dataset's identity
 * (name, size, content fingerprint) and the plan in the record's terms. The train worker and
 * the CLI both start their records from here.
 */
import type { KindRun } from '../sources/registry';
import { fingerprintDataset, fingerprintImages } from './fingerprint';
import type { NewExperimentInput } from './record';

export type RunIdentity = Pick<NewExperimentInput, 'dataset' | 'task' | 'plan' | 'imagePlan' | 'sequencePlan'>;

export async function runIdentity(data: KindRun): Promise<RunIdentity> {
  switch (data.kind) {
    case 'table': {
      const { source: dataset, plan } = data;
      return {
        dataset: { name: dataset.name, kind: 'table', rows: dataset.rowCount, sizeBytes: dataset.sizeBytes, fingerprint: fingerprintDataset(dataset) },
        task: plan.task,
        plan,
      };
    }
    case 'sequences': {
      const { source: dataset, plan } = data;
      return {
        dataset: { name: dataset.name, kind: 'sequences', rows: dataset.rowCount, sizeBytes: dataset.sizeBytes, fingerprint: fingerprintDataset(dataset) },
        task: plan.task,
        plan: { target: plan.target, features: plan.features, task: plan.task },
        sequencePlan: plan,
      };
    }
    case 'images': {
      const { index } = data.source;
      const { fingerprint, sizeBytes } = await fingerprintImages(index.entries.map((e) => e.relativePath), data.source.read);
      return {
        dataset: { name: index.name, kind: 'images', rows: index.entries.length, sizeBytes, fingerprint },
        task: index.task,
        plan: { target: index.targetName, features: [], task: index.task },
        imagePlan: data.plan,
      };
    }
  }
}
