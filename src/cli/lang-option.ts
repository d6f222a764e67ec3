import type { Locale } from '../core/i18n/locale';
import { msg } from '../core/i18n/message';
import { quoteInput } from '../core/errors';
import { langOption } from './i18n';
import { usageError } from './usage';

/**
 * `--lang VALUE` (or `--lang=VALUE`) anywhere on the command line, taken out before the command
 * is parsed, so that every command and every mistake in its arguments is said in that language.
 * The last one wins; an unknown value is a usage error.
 */
export function takeLangOption(argv: readonly string[]): { locale: Locale | null; rest: string[] } {
  const rest: string[] = [];
  let locale: Locale | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
    if (value === undefined || value === '') throw usageError(msg('cli.args.needsValue', { flag: '--lang' }));
    const chosen = langOption(value);
    if (chosen === null) throw usageError(msg('cli.lang.unknown', { value: quoteInput(value, 40) }));
    locale = chosen;
  }
  return { locale, rest };
}
