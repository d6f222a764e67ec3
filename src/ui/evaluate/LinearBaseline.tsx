/** The linear baseline beside the network: what the difference means, in one sentence. */
import { compareToLinear } from '../../core/evaluate/linear-verdict';
import type { Evaluation } from '../../core/evaluate/types';
import { Text } from '../i18n/Text';

/** Nothing for a run saved before the linear baseline existed. */
export function LinearVerdict({ e, improving = false }: { readonly e: Evaluation; readonly improving?: boolean | undefined }) {
  const sentence = compareToLinear(e, improving);
  if (!sentence) return null;
  return (
    <p className="linear-verdict" data-testid="linear-verdict">
      <Text m={sentence} />
    </p>
  );
}
