import { describe, expect, it } from 'vitest';
import { receiveDataset, sendKeptDataset } from '../../src/workers/dataset-handoff';
import { parseWorkerRequestSchema, trainRequestSchema } from '../../src/workers/messages';
import { DEFAULT_SETTINGS } from '../../src/core/train/settings';
import { categoryColumn, makeDataset, numberColumn } from '../core/helpers/dataset';

const dataset = makeDataset('ten.csv', [
  numberColumn('x', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  categoryColumn('kind', ['p', 'q', 'p', 'q', 'p', 'q', 'p', 'q', 'p', 'q']),
]);

describe('the table handed from the parse worker to a train worker', () => {
  it('arrives whole, typed arrays included, and the parse worker keeps its copy', async () => {
    const { port1, port2 } = new MessageChannel();
    const arriving = receiveDataset(port2);
    sendKeptDataset(port1, dataset);
    const received = await arriving;
    expect(received).toEqual(dataset);
    expect(received).not.toBe(dataset);
    expect(dataset.columns[0]?.kind).toBe('number');
  });

  it('fails in words when the parse worker keeps no table, or nothing comes', async () => {
    const first = new MessageChannel();
    const none = receiveDataset(first.port2);
    sendKeptDataset(first.port1, null);
    await expect(none).rejects.toMatchObject({ code: 'internal/dataset-handoff', message: expect.stringMatching(/^The table could not be handed/), detail: 'the file reader keeps no dataset' });

    const silent = new MessageChannel();
    await expect(receiveDataset(silent.port2, 50)).rejects.toMatchObject({ code: 'internal/dataset-handoff', detail: expect.stringContaining('within 0.05 s') });
    silent.port1.close();
  });

  it('refuses what is not a table', async () => {
    const { port1, port2 } = new MessageChannel();
    const arriving = receiveDataset(port2);
    port1.postMessage({ type: 'dataset', dataset: { name: 'x' } });
    await expect(arriving).rejects.toMatchObject({ code: 'internal/dataset-handoff', detail: expect.stringMatching(/^invalid handoff/) });
    port1.close();
  });

  it('the requests that carry a port are checked: a port, not anything else', () => {
    const { port1, port2 } = new MessageChannel();
    expect(parseWorkerRequestSchema.safeParse({ type: 'send-dataset', port: port1 }).success).toBe(true);
    expect(parseWorkerRequestSchema.safeParse({ type: 'send-dataset', port: 'port' }).success).toBe(false);
    const data = { kind: 'table', plan: { target: 'kind', features: ['x'], task: 'classification' } };
    const start = { type: 'start', data, model: { layers: [] }, settings: DEFAULT_SETTINGS, datasetPort: port2, backend: 'auto' };
    expect(trainRequestSchema.safeParse(start).success).toBe(true);
    expect(trainRequestSchema.safeParse({ ...start, datasetPort: {} }).success).toBe(false);
    port1.close();
    port2.close();
  });
});
