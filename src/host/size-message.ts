/** A file's size as a message: "12.3 MB", "840 bytes", in the reader's language. */
import { msg, type Message } from '../core/i18n/message';

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

export function sizeMessage(bytes: number): Message {
  if (bytes >= 1e9) return msg('host.size.gb', { n: oneDecimal(bytes / 1e9) });
  if (bytes >= 1e6) return msg('host.size.mb', { n: oneDecimal(bytes / 1e6) });
  if (bytes >= 1e3) return msg('host.size.kb', { n: oneDecimal(bytes / 1e3) });
  return msg('host.size.bytes', { n: bytes });
}
