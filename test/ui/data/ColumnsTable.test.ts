import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/core/data/csv';
import { ColumnsTable } from '../../../src/ui/data/ColumnsTable';

describe('ColumnsTable', () => {
  it('shows a date/time column with its kind and its range, without ISO noise', async () => {
    const rows = Array.from({ length: 65 }, (_, i) => `${new Date(Date.UTC(2024, 2, 1, 10) + i * 1000).toISOString()},${i % 3}`);
    const dataset = await parseCsvText(`timestamp,x\n${rows.join('\n')}\n`, 'log.csv');
    const html = renderToStaticMarkup(createElement(ColumnsTable, { dataset }));
    expect(html).toContain('<span class="kind kind-datetime">date/time</span>');
    expect(html).toContain('2024-03-01 10:00:00 – 2024-03-01 10:01:04');
    expect(html).not.toMatch(/10:00:00(\.000)?Z –/);
  });
});
