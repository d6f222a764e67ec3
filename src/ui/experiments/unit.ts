/** What one held-out example of a saved run is called, from what the run recorded. */
import type { ExperimentRecord } from '../../core/experiment/types';
import type { ExampleUnit } from '../../core/sources/kind';

export function unitOfRecord(record: ExperimentRecord): ExampleUnit {
  switch (record.dataset.kind) {
    case 'images':
      return 'images';
    case 'sequences':
      return record.sequencePlan?.layout === 'windows' ? 'windows' : 'recordings';
    case 'table':
      return 'rows';
  }
}
