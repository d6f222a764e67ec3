/** "Add layer": the catalogue by group, each layer with its one-line summary. */
import { LAYER_CATALOG, type LayerDef } from '../../core/model/catalog';
import { Popover } from '../components/Popover';

const GROUPS: readonly LayerDef['group'][] = ['Core', 'Convolution', 'Pooling', 'Recurrent', 'Shape', 'Regularisation'];

interface AddLayerMenuProps {
  /** "after layer 2 (dense_1)" or "before the output layer". */
  readonly where: string;
  readonly disabled: boolean;
  readonly onAdd: (type: string) => void;
}

export function AddLayerMenu({ where, disabled, onAdd }: AddLayerMenuProps) {
  return (
    <Popover
      trigger={
        <>
          <span aria-hidden="true">+ </span>Add layer
        </>
      }
      triggerClassName="button primary"
      triggerLabel="Add layer"
      disabled={disabled}
      title="Layer catalogue"
      className="catalog-popover"
    >
      {(close) => (
        <>
          <p className="popover-heading">Add a layer {where}</p>
          <div className="catalog-groups">
            {GROUPS.map((group) => {
              const defs = LAYER_CATALOG.filter((d) => d.group === group);
              if (defs.length === 0) return null;
              const headingId = `catalog-group-${group}`;
              return (
                <section key={group} className="catalog-group" aria-labelledby={headingId}>
                  <h3 id={headingId}>{group}</h3>
                  <ul>
                    {defs.map((def) => (
                      <li key={def.type}>
                        <button
                          type="button"
                          className="catalog-item"
                          aria-labelledby={`catalog-label-${def.type}`}
                          aria-describedby={`catalog-summary-${def.type}`}
                          onClick={() => {
                            onAdd(def.type);
                            close();
                          }}
                        >
                          <span id={`catalog-label-${def.type}`} className="catalog-label">
                            {def.label}
                          </span>
                          <span id={`catalog-summary-${def.type}`} className="catalog-summary">
                            {def.summary}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </>
      )}
    </Popover>
  );
}
