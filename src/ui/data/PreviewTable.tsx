import type { TypedDataset } from '../../core/data/types';
import { useT } from '../i18n/I18nProvider';

/** The first rows as they are in the file, scrollable inside their own panel. */
export function PreviewTable({ dataset }: { readonly dataset: TypedDataset }) {
  const t = useT();
  return (
    <div className="table-scroll preview-scroll" tabIndex={0} role="region" aria-label={t('data.step.previewRegion')}>
      <table aria-label={t('data.step.preview')} className="data-table preview-table">
        <thead>
          <tr>
            <th scope="col" className="num muted">
              #
            </th>
            {dataset.columns.map((c) => (
              <th scope="col" key={c.index}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.preview.map((row, r) => (
            <tr key={r}>
              <td className="num muted">{r + 1}</td>
              {dataset.columns.map((c) => {
                const cell = row[c.index] ?? '';
                return (
                  <td key={c.index} className={c.kind === 'number' ? 'num' : undefined}>
                    {cell === '' ? <span className="missing">{t('data.step.missingCell')}</span> : cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
