/**
 * A hand-made design that opening other data replaced: a notice right after (with Undo), and a
 * line on the Model step for as long as it is kept. Opening data is never blocked by a question;
 * bringing the design back is one click, and its advice then says what the new data needs.
 */
import { useEffect, useRef } from 'react';
import type { ReplacedDesign } from '../app/state';
import { quoteInput } from '../../core/errors';
import { useT } from '../i18n/I18nProvider';

interface ReplacedDesignProps {
  readonly replaced: ReplacedDesign;
  /** The data opened now, which the proposed design is for. */
  readonly openedName: string | null;
  readonly disabled: boolean;
  readonly onRestore: () => void;
  readonly onClose: () => void;
}

/** "Your model design (4 layers, edited by hand) was replaced by the one proposed for “x.csv”. [Undo] [✕]" */
export function DesignReplacedNotice({ replaced, openedName, disabled, onRestore, onClose }: ReplacedDesignProps) {
  const t = useT();
  const undo = useRef<HTMLButtonElement>(null);
  // Escape closes it, as it closes other passing notices; the design stays restorable from the Model step.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && event.target instanceof Node && undo.current?.parentElement?.contains(event.target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="toast design-replaced" role="status">
      <span>
        {t('designer.replaced.notice', {
          layers: replaced.draft.layers.length,
          data: openedName ? quoteInput(openedName) : t('designer.replaced.thisData'),
        })}
      </span>
      <button ref={undo} type="button" className="button small primary" disabled={disabled} onClick={onRestore}>
        {t('designer.toolbar.undo')}
      </button>
      <button type="button" className="button small" aria-label={t('designer.replaced.close')} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}

/** The Model step's way back to the kept design. */
export function RestoreDesign({ replaced, disabled, onRestore }: Omit<ReplacedDesignProps, 'openedName' | 'onClose'>) {
  const t = useT();
  return (
    <div className="restore-design" role="note">
      <span>
        {t('designer.replaced.kept', {
          layers: replaced.draft.layers.length,
          data: replaced.madeFor ? quoteInput(replaced.madeFor) : t('designer.replaced.otherData'),
        })}
      </span>
      <button type="button" className="button" disabled={disabled} onClick={onRestore}>
        {t('designer.replaced.restore')}
      </button>
    </div>
  );
}
