import type { Message } from '../../../src/core/i18n/message';
import { english } from '../../../src/core/i18n/translate';

/** A message in English, for tests that read what the user reads; a string (an Error's message) as it is. */
export function en(m: Message | string): string;
export function en(m: Message | string | undefined): string | undefined;
export function en(m: Message | string | undefined): string | undefined {
  return m === undefined || typeof m === 'string' ? m : english(m);
}
