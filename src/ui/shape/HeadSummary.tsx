import type { HeadSpec } from '../../core/model/types';
import type { Message } from '../../core/i18n/message';
import { NextButton } from '../components/NextButton';
import { headText } from '../headText';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

/** The end of the Shape step, for tables and images alike: the head the task needs, then on to the model. */
export function HeadSummary({ head, onNext, nextBlocker = null }: { readonly head: HeadSpec | null; readonly onNext: () => void; readonly nextBlocker?: Message | null }) {
  const t = useT();
  return (
    <>
      {head ? (
        <>
          <h2>{t('shape.ui.head')}</h2>
          <p className="head-line">
            <code>{headText(head)}</code>
          </p>
          <p>{typeof head.reason === 'string' ? head.reason : <Text m={head.reason} />}</p>
        </>
      ) : null}
      <div className="card-actions">
        <NextButton label={t('shape.ui.next')} blocker={nextBlocker} onNext={onNext} />
      </div>
    </>
  );
}
