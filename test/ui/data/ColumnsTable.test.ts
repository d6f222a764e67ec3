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

  it('says what was removed to read a column as numbers, and which values could not be used', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `"$${(1000 + i * 7).toLocaleString('en-US')}.50",${i === 3 ? 'Infinity' : i === 4 ? '#DIV/0!' : i}`);
    const dataset = await parseCsvText(`price,x\n${rows.join('\n')}\n`, 'p.csv');
    const html = renderToStaticMarkup(createElement(ColumnsTable, { dataset }));
    expect(html).toContain('<span class="reading-note">Read as numbers: removed the currency sign “$” and thousands separators “,”.</span>');
    expect(html).toContain('<span class="reading-note">2 values could not be used as numbers (Infinity and #DIV/0!) and count as missing.</span>');
  });
});
