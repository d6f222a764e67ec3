/** "Templates": architectures proposed for the data, the first one being the app's proposal. */
import type { ModelTemplate } from '../../core/model/templates';
import { Popover } from '../components/Popover';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { PlainTerms } from './Glossary';

interface TemplatesMenuProps {
  readonly templates: readonly ModelTemplate[];
  readonly disabled: boolean;
  readonly onChoose: (id: string) => void;
}

export function TemplatesMenu({ templates, disabled, onChoose }: TemplatesMenuProps) {
  const t = useT();
  return (
    <Popover trigger={t('designer.templates.button')} disabled={disabled || templates.length === 0} title={t('designer.templates.dialog')} className="templates-popover">
      {(close) => (
        <PlainTerms>
          <p className="popover-heading">{t('designer.templates.heading')}</p>
          <ul className="template-list">
            {templates.map((template, i) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="catalog-item"
                  aria-labelledby={`template-title-${template.id}`}
                  aria-describedby={`template-description-${template.id}`}
                  onClick={() => {
                    onChoose(template.id);
                    close();
                  }}
                >
                  <span id={`template-title-${template.id}`} className="catalog-label">
                    <Text m={template.title} />
                    {i === 0 ? <span className="badge">{t('designer.templates.proposed')}</span> : null}
                  </span>
                  <span id={`template-description-${template.id}`} className="catalog-summary">
                    <Text m={template.description} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </PlainTerms>
      )}
    </Popover>
  );
}
