/**
 * Bytes → text in one encoding, a piece at a time, refusing bytes that are not valid in it
 * (TextDecoder with fatal: true) and saying on which line of the file they are.
 *
 * Each piece handed to the decoder ends just after a line break, where no character can be
 * cut in two in any encoding read here; so when a piece fails, its lines can be decoded again
 * one by one to find the first bad one. Bytes after the last line break wait for the next
 * chunk (unless a line grows past MAX_CARRY_BYTES, which is then decoded as a stream).
 */
import { csvErrors } from './csv-errors';
import { byteOrderMark, encodingName, type EncodingName } from './encoding';
import { decoderFor, type TextDecoderLike } from './text-decoder';

const MAX_CARRY_BYTES = 1 << 22;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export class TextDecodeStream {
  private readonly decoder: TextDecoderLike;
  /** A line break in bytes: LF, or LF as a UTF-16 code unit. */
  private readonly unit: 1 | 2;
  private readonly newline: readonly number[];
  private carry: Uint8Array = new Uint8Array(0);
  /** Line breaks decoded so far: the line the next piece starts on, minus one. */
  private lineBreaks = 0;
  /** Whether the next piece starts a line (false after a long line was decoded in parts). */
  private atLineStart = true;
  /** Bytes decoded so far (for progress, and bytes per line). */
  bytesDecoded = 0;

  /** `firstLine`: the file's line the first byte pushed is on (when another reader did the lines before). */
  constructor(
    readonly encoding: EncodingName,
    private readonly fileName: string,
    firstLine = 1,
  ) {
    this.lineBreaks = firstLine - 1;
    // Past the file's start, bytes that look like a byte order mark are a character of a cell.
    this.decoder = decoderFor(encoding, { fatal: true, ignoreBOM: firstLine > 1 });
    this.unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
    this.newline = encoding === 'utf-16le' ? [0x0a, 0x00] : encoding === 'utf-16be' ? [0x00, 0x0a] : [0x0a];
  }

  /** The text of the whole lines that `chunk` completes ('' while a line is still open). */
  push(chunk: Uint8Array): string {
    const bytes = concat(this.carry, chunk);
    const cut = this.afterLastLineBreak(bytes);
    if (cut === 0 && bytes.length < MAX_CARRY_BYTES) {
      this.carry = bytes;
      return '';
    }
    // A line longer than MAX_CARRY_BYTES: decode what there is (an even count for UTF-16).
    const end = cut > 0 ? cut : bytes.length - (bytes.length % this.unit);
    this.carry = bytes.subarray(end);
    const text = this.decode(bytes.subarray(0, end), true);
    this.atLineStart = cut > 0;
    return text;
  }

  /** The rest; fails when the file ends inside a character. */
  end(): string {
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return this.decode(rest, false);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream });
    } catch (err) {
      throw csvErrors.invalidText(this.fileName, this.lineOfFirstError(bytes, !stream), encodingName(this.encoding), err instanceof Error ? err.message : String(err));
    }
    this.bytesDecoded += bytes.length;
    this.lineBreaks += countLineBreaks(text);
    return text;
  }

  /** Offset just past the last line break of `bytes`, 0 when it has none. */
  private afterLastLineBreak(bytes: Uint8Array): number {
    const [first, second] = this.newline as [number, number | undefined];
    for (let i = bytes.length - this.unit; i >= 0; i -= this.unit) {
      if (bytes[i] === first && (second === undefined || bytes[i + 1] === second)) return i + this.unit;
    }
    return 0;
  }

  /**
   * The file's line (1-based) that holds the first byte of `bytes` the decoder refused. `final`:
   * the file ends with these bytes (a character cut at the end is an error then).
   */
  private lineOfFirstError(bytes: Uint8Array, final: boolean): number {
    let start = 0;
    let line = this.lineBreaks + 1;
    let unchecked: number | null = null;
    while (start < bytes.length) {
      let end = start;
      while (end < bytes.length && !this.isLineBreakAt(bytes, end)) end += this.unit;
      const terminated = end < bytes.length;
      end = Math.min(bytes.length, end + this.unit);
      // The first piece of a long line continues what the decoder already holds: it cannot be checked alone.
      if (start === 0 && !this.atLineStart) unchecked = line;
      else if (!decodes(bytes.subarray(start, end), this.encoding, !terminated && !final)) return line;
      start = end;
      line++;
    }
    return unchecked ?? this.lineBreaks + 1;
  }

  private isLineBreakAt(bytes: Uint8Array, i: number): boolean {
    return bytes[i] === this.newline[0] && (this.newline[1] === undefined || bytes[i + 1] === this.newline[1]);
  }
}

function decodes(bytes: Uint8Array, encoding: EncodingName, stream: boolean): boolean {
  try {
    decoderFor(encoding, { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The decoded text of `chunks` (see TextDecodeStream), without empty pieces. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, stream: TextDecodeStream): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    const text = stream.push(chunk);
    if (text.length > 0) yield text;
  }
  const rest = stream.end();
  if (rest.length > 0) yield rest;
}

/** A whole file's bytes as text in `encoding`, with the same line-numbered error as streaming. */
export function decodeText(bytes: Uint8Array, encoding: EncodingName, fileName: string): string {
  const stream = new TextDecodeStream(encoding, fileName);
  return stream.push(bytes) + stream.end();
}

/**
 * Text that is Unicode by its format (a JSON model spec): UTF-8, or UTF-16 when a byte order
 * mark says so (Notepad's "Unicode"). Throws TextDecoder's TypeError on invalid bytes.
 */
export function decodeUnicodeText(bytes: Uint8Array): string {
  return decoderFor(byteOrderMark(bytes) ?? 'utf-8', { fatal: true }).decode(bytes);
}
