/**
 * Predict with a saved run: one row typed in or a whole CSV file (tables), a file of new
 * recordings (sequences), new images dropped or chosen (images).
 */
import { useState } from 'react';
import type { ExperimentRecord } from '../../core/experiment/types';
import { experimentFileName } from '../../core/experiment/export';
import type { Host } from '../../host/contract';
import { Tabs } from '../components/Tabs';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { PredictFile } from './PredictFile';
import { PredictForm } from './PredictForm';
import { PredictImages } from './PredictImages';
import { usePredictor } from './usePredictor';

export function PredictPanel({ record, host }: { readonly record: ExperimentRecord; readonly host: Host }) {
  const t = useT();
  const [tab, setTab] = useState<'row' | 'file'>('row');
  const predictor = usePredictor(record.id);
  const pre = record.preprocessing;
  const baseName = experimentFileName(record);
  let body;
  if (!pre || !record.hasWeights) {
    body = (
      <p className="muted">
        <Text m="predict.panel.noWeights" />
      </p>
    );
  } else if (pre.image) {
    body = <PredictImages pre={{ ...pre, image: pre.image }} host={host} baseName={baseName} predict={predictor.images} />;
  } else if (pre.sequence) {
    body = <PredictFile pre={pre} host={host} baseName={baseName} predict={predictor.rows} />;
  } else {
    body = (
      <Tabs
        label={t('predict.panel.title')}
        current={tab}
        onSelect={setTab}
        tabs={[
          { id: 'row', label: t('predict.panel.oneRow'), content: <PredictForm pre={pre} predict={predictor.rows} /> },
          {
            id: 'file',
            label: t('predict.panel.csvFile'),
            content: <PredictFile pre={pre} host={host} baseName={baseName} predict={predictor.rows} />,
          },
        ]}
      />
    );
  }
  return (
    <section className="card" aria-labelledby="predict-title">
      <h2 id="predict-title">
        <Text m="predict.panel.title" />
      </h2>
      {body}
    </section>
  );
}
