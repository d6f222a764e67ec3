/**
 * The text encoding a CSV was read in, and a choice of another: a file from a Korean or
 * Western European Excel that was detected wrongly reads again, from the same bytes, in the
 * encoding chosen here.
 */
import { describeEncoding, TEXT_ENCODINGS, type EncodingInfo, type EncodingName } from '../../core/data/encoding';
import { SelectField } from '../components/Fields';

interface TextEncodingProps {
  /** How the file in view was read; null when reading failed before a table came out. */
  readonly current: EncodingInfo | null;
  readonly disabled: boolean;
  readonly onChoose: (encoding: EncodingName) => void;
}

const OPTIONS = TEXT_ENCODINGS.map((e) => ({ value: e.name, label: e.label }));
const CHOOSE = { value: '', label: 'Choose an encoding…' } as const;

export function TextEncoding({ current, disabled, onChoose }: TextEncodingProps) {
  return (
    <div className="text-encoding">
      <SelectField<EncodingName | ''>
        label="Text encoding"
        value={current?.encoding ?? ''}
        options={current ? OPTIONS : [CHOOSE, ...OPTIONS]}
        disabled={disabled}
        onChange={(value) => {
          if (value !== '') onChoose(value);
        }}
        explanation={
          current
            ? `${describeEncoding(current)}. If letters look wrong (“�”, “Ã¤”), choose the encoding the file was saved in.`
            : 'The file is read again in the encoding you choose.'
        }
      />
    </div>
  );
}
