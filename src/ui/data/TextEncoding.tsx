/**
 * The text encoding a CSV was read in, and a choice of another: a file from a Korean or
 * Western European Excel that was detected wrongly reads again, from the same bytes, in the
 * encoding chosen here.
 */
import { describeEncoding, encodingName, TEXT_ENCODINGS, type EncodingInfo, type EncodingName } from '../../core/data/encoding';
import { SelectField } from '../components/Fields';
import { useT } from '../i18n/I18nProvider';

interface TextEncodingProps {
  /** How the file in view was read; null when reading failed before a table came out. */
  readonly current: EncodingInfo | null;
  readonly disabled: boolean;
  readonly onChoose: (encoding: EncodingName) => void;
}

export function TextEncoding({ current, disabled, onChoose }: TextEncodingProps) {
  const t = useT();
  const options = TEXT_ENCODINGS.map((e) => ({ value: e.name, label: t(encodingName(e.name)) }));
  const choose = { value: '' as const, label: t('data.textEncoding.choose') };
  return (
    <div className="text-encoding">
      <SelectField<EncodingName | ''>
        label={t('data.textEncoding.label')}
        value={current?.encoding ?? ''}
        options={current ? options : [choose, ...options]}
        disabled={disabled}
        onChange={(value) => {
          if (value !== '') onChoose(value);
        }}
        explanation={
          current
            ? t('data.textEncoding.explain', { described: describeEncoding(current) })
            : t('data.textEncoding.readAgain')
        }
      />
    </div>
  );
}
