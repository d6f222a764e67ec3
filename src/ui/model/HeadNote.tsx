/**
 * Under the layer stack: the head the target needs, or the sigmoid head the model ends with on
 * two classes with why it is the same model, and a button that switches between the two.
 */
import { headInUse, switchBinaryHead } from '../../core/model/head';
import type { HeadSpec, LayerSpec } from '../../core/model/types';
import { headText } from '../headText';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import type { DesignerAction } from './designer';

interface HeadNoteProps {
  /** The head the data calls for. */
  readonly head: HeadSpec;
  readonly layers: readonly LayerSpec[];
  readonly disabled: boolean;
  readonly dispatch: (action: DesignerAction) => void;
}

export function HeadNote({ head, layers, disabled, dispatch }: HeadNoteProps) {
  const t = useT();
  const used = headInUse(head, layers);
  const fix = switchBinaryHead(head, layers);
  return (
    <p className="head-note">
      <Text m={used === head ? 'designer.head.mustFit' : 'designer.head.fitsTwoClasses'} params={{ head: headText(used) }} /> <Text m={used.reason} />
      {fix ? (
        <>
          {' '}
          <button type="button" className="button small" disabled={disabled} onClick={() => dispatch({ type: 'fix-applied', fix })}>
            {t(fix.label)}
          </button>
        </>
      ) : null}
    </p>
  );
}
