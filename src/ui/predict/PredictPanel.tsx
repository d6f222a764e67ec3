/** Predict with a saved run: one row typed in or a whole CSV file (tables), a file of new recordings (sequences). */
import { useState } from 'react';
import type { ExperimentRecord } from '../../core/experiment/types';
import { experimentFileName } from '../../core/experiment/export';
import type { Host } from '../../host/contract';
import { Tabs } from '../components/Tabs';
import { PredictFile } from './PredictFile';
import { PredictForm } from './PredictForm';
import { usePredictor } from './usePredictor';

export function PredictPanel({ record, host }: { readonly record: ExperimentRecord; readonly host: Host }) {
  const [tab, setTab] = useState<'row' | 'file'>('row');
  const predict = usePredictor(record.id);
  const pre = record.preprocessing;
  let body;
  if (!pre || !record.hasWeights) {
    body = <p className="muted">This run saved no trained weights, so it cannot predict.</p>;
  } else if (pre.image) {
    body = <p className="muted">Predictions on new images are not available yet; export the model to use it elsewhere.</p>;
  } else if (pre.sequence) {
    body = <PredictFile pre={pre} host={host} baseName={experimentFileName(record)} predict={predict} />;
  } else {
    body = (
      <Tabs
        label="Predict"
        current={tab}
        onSelect={setTab}
        tabs={[
          { id: 'row', label: 'One row', content: <PredictForm pre={pre} predict={predict} /> },
          {
            id: 'file',
            label: 'A CSV file',
            content: <PredictFile pre={pre} host={host} baseName={experimentFileName(record)} predict={predict} />,
          },
        ]}
      />
    );
  }
  return (
    <section className="card" aria-labelledby="predict-title">
      <h2 id="predict-title">Predict</h2>
      {body}
    </section>
  );
}
