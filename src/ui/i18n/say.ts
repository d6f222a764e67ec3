import type { Message } from '../../core/i18n/message';
import type { Translator } from '../../core/i18n/translate';

/**
 * A sentence that reaches the UI either as a Message or, from code not yet moved to the
 * catalogue, as English text: the text as the user reads it either way.
 */
export function say(t: Translator, value: Message | string): string {
  return typeof value === 'string' ? value : t(value);
}
