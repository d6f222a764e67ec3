/** "Templates": architectures proposed for the data, the first one being the app's proposal. */
import type { ModelTemplate } from '../../core/model/templates';
import { Popover } from '../components/Popover';

interface TemplatesMenuProps {
  readonly templates: readonly ModelTemplate[];
  readonly disabled: boolean;
  readonly onChoose: (id: string) => void;
}

export function TemplatesMenu({ templates, disabled, onChoose }: TemplatesMenuProps) {
  return (
    <Popover trigger="Templates" disabled={disabled || templates.length === 0} title="Model templates" className="templates-popover">
      {(close) => (
        <>
          <p className="popover-heading">Replace the layers with a template (Undo brings them back)</p>
          <ul className="template-list">
            {templates.map((t, i) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="catalog-item"
                  aria-labelledby={`template-title-${t.id}`}
                  aria-describedby={`template-description-${t.id}`}
                  onClick={() => {
                    onChoose(t.id);
                    close();
                  }}
                >
                  <span id={`template-title-${t.id}`} className="catalog-label">
                    {t.title}
                    {i === 0 ? <span className="badge">Proposed</span> : null}
                  </span>
                  <span id={`template-description-${t.id}`} className="catalog-summary">
                    {t.description}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Popover>
  );
}
