import type { ModelSummary } from '../../core/model/types';
import { formatInteger } from '../format';

/** Keras' model.summary(), with the arithmetic behind every number on a line under its row. */
export function SummaryTable({ summary }: { readonly summary: ModelSummary }) {
  return (
    <>
      <div className="table-scroll">
        <table aria-label="Model summary" className="data-table summary-table">
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Output shape</th>
              <th scope="col" className="num">
                Param #
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="input-row">
              <th scope="row">Input</th>
              <td>
                <code>{summary.inputShapeText}</code>
              </td>
              <td className="num">0</td>
            </tr>
            {summary.rows.map((row) => (
              <SummaryRows key={row.name} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <dl className="totals">
        <div>
          <dt>Total params</dt>
          <dd>{formatInteger(summary.totalParams)}</dd>
        </div>
        <div>
          <dt>Trainable params</dt>
          <dd>{formatInteger(summary.trainableParams)}</dd>
        </div>
        <div>
          <dt>Non-trainable params</dt>
          <dd>{formatInteger(summary.nonTrainableParams)}</dd>
        </div>
      </dl>
    </>
  );
}

function SummaryRows({ row }: { readonly row: ModelSummary['rows'][number] }) {
  return (
    <>
      <tr className="layer-row">
        <th scope="row">{row.name}</th>
        <td>
          <code>{row.outputShapeText}</code>
        </td>
        <td className="num">{formatInteger(row.params)}</td>
      </tr>
      <tr className="arithmetic-row">
        <td colSpan={3}>{row.arithmetic}</td>
      </tr>
    </>
  );
}
