/** "Add layer": the catalogue by group, each layer with its one-line summary. */
import type { Message } from '../../core/i18n/message';
import { LAYER_CATALOG, type LayerDef } from '../../core/model/catalog';
import { Popover } from '../components/Popover';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { PlainTerms } from './Glossary';

const GROUPS: readonly LayerDef['group'][] = ['Core', 'Convolution', 'Pooling', 'Recurrent', 'Shape', 'Regularisation'];

interface AddLayerMenuProps {
  /** The panel's heading: "Add a layer after layer 2 (dense_1)", "… before the output layer". */
  readonly where: Message;
  readonly disabled: boolean;
  readonly onAdd: (type: string) => void;
}

export function AddLayerMenu({ where, disabled, onAdd }: AddLayerMenuProps) {
  const t = useT();
  return (
    <Popover
      trigger={
        <>
          <span aria-hidden="true">+ </span>
          {t('designer.addLayer.button')}
        </>
      }
      triggerClassName="button primary"
      triggerLabel={t('designer.addLayer.button')}
      disabled={disabled}
      title={t('designer.addLayer.dialog')}
      className="catalog-popover"
    >
      {(close) => (
        <PlainTerms>
          <p className="popover-heading">
            <Text m={where} />
          </p>
          <div className="catalog-groups">
            {GROUPS.map((group) => {
              const defs = LAYER_CATALOG.filter((d) => d.group === group);
              if (defs.length === 0) return null;
              const headingId = `catalog-group-${group}`;
              return (
                <section key={group} className="catalog-group" aria-labelledby={headingId}>
                  <h3 id={headingId}>{t(`layers.group.${group}`)}</h3>
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
                            <Text m={def.summary} />
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </PlainTerms>
      )}
    </Popover>
  );
}
