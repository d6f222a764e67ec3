/**
 * Which text encoding a file's bytes are in. Spreadsheets outside the UTF-8 world save CSV in
 * their region's code page (Excel in Korea: CP949; in Japan: Shift-JIS; in Western Europe:
 * Windows-1252), and reading those as UTF-8 turns every letter outside ASCII into "�", so that
 * "Müller" and "Möller" become one class. The order of the checks:
 *
 * 1. a byte order mark says it (UTF-8, UTF-16 LE/BE);
 * 2. ASCII letters between NUL bytes are UTF-16 without a byte order mark;
 * 3. text that is valid UTF-8 is UTF-8 (other encodings almost never are, past ASCII);
 * 4. otherwise jschardet (a port of Python's chardet) ranks the candidates, and the best that
 *    decodes the sample without an error wins, except where its evidence is thin (a few
 *    Korean or Japanese words in a header over numbers), where the byte ranges that each
 *    East Asian encoding uses for its own script decide.
 *
 * Only TextDecoder and jschardet are used, so the app's worker and the CLI decide the same way
 * on the same bytes.
 */
import { english } from '../i18n/translate';
import { msg, type Message } from '../i18n/message';
import { decoderFor } from './text-decoder';

/** A WHATWG encoding name, as TextDecoder reports it. */
export type EncodingName = (typeof TEXT_ENCODINGS)[number]['name'];

/**
 * The encodings a user can choose, most common first; the names are TextDecoder's, `short` is
 * how people write the name, `region` the languages it is for (said in the user's language).
 */
export const TEXT_ENCODINGS = [
  { name: 'utf-8', short: 'UTF-8', region: 'none' },
  { name: 'utf-16le', short: 'UTF-16 LE', region: 'none' },
  { name: 'utf-16be', short: 'UTF-16 BE', region: 'none' },
  { name: 'windows-1252', short: 'Windows-1252', region: 'westernEuropean' },
  { name: 'euc-kr', short: 'EUC-KR', region: 'korean' },
  { name: 'shift_jis', short: 'Shift-JIS', region: 'japanese' },
  { name: 'euc-jp', short: 'EUC-JP', region: 'japanese' },
  { name: 'gb18030', short: 'GB18030', region: 'chineseSimplified' },
  { name: 'big5', short: 'Big5', region: 'chineseTraditional' },
  { name: 'windows-1250', short: 'Windows-1250', region: 'centralEuropean' },
  { name: 'windows-1251', short: 'Windows-1251', region: 'cyrillic' },
  { name: 'koi8-r', short: 'KOI8-R', region: 'russian' },
  { name: 'windows-1253', short: 'Windows-1253', region: 'greek' },
  { name: 'windows-1254', short: 'Windows-1254', region: 'turkish' },
  { name: 'windows-1255', short: 'Windows-1255', region: 'hebrew' },
  { name: 'windows-1256', short: 'Windows-1256', region: 'arabic' },
  { name: 'windows-1257', short: 'Windows-1257', region: 'baltic' },
  { name: 'windows-1258', short: 'Windows-1258', region: 'vietnamese' },
  { name: 'windows-874', short: 'Windows-874', region: 'thai' },
  { name: 'iso-8859-2', short: 'ISO-8859-2', region: 'centralEuropean' },
  { name: 'iso-8859-15', short: 'ISO-8859-15', region: 'westernEuropean' },
  { name: 'macintosh', short: 'Mac OS Roman', region: 'none' },
] as const;

const BY_NAME: ReadonlyMap<string, (typeof TEXT_ENCODINGS)[number]> = new Map(TEXT_ENCODINGS.map((e) => [e.name, e]));

export const ENCODING_NAMES = TEXT_ENCODINGS.map((e) => e.name) as [EncodingName, ...EncodingName[]];

/** How the encoding in use was decided, for the user and for tests. */
export type EncodingDecision = 'chosen' | 'byte order mark' | 'valid UTF-8' | 'UTF-16 pattern' | 'detector' | 'script ranges' | 'fallback';

export interface EncodingInfo {
  readonly encoding: EncodingName;
  /** In English, for logs and `--json`: "EUC-KR (Korean)"; the user reads `encodingName(encoding)`. */
  readonly label: string;
  /** 0–1: 1 for a byte order mark, a choice or valid UTF-8; the detector's own score otherwise. */
  readonly confidence: number;
  readonly decidedBy: EncodingDecision;
}

/** The encoding as people call it, in the user's language: "EUC-KR (Korean)", "EUC-KR (한국어)". */
export function encodingName(name: EncodingName): Message {
  const known = BY_NAME.get(name);
  return msg('data.encoding.name', { name: known?.short ?? name, region: known?.region ?? 'none' });
}

/** `encodingName` in English. */
export function encodingLabel(name: EncodingName): string {
  return english(encodingName(name));
}

function info(encoding: EncodingName, confidence: number, decidedBy: EncodingDecision): EncodingInfo {
  return { encoding, label: encodingLabel(encoding), confidence, decidedBy };
}

/** Names people and other programs use for the same encodings (Python's, Windows'), squeezed. */
const ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf-8', utf8sig: 'utf-8', ascii: 'utf-8', usascii: 'utf-8',
  utf16: 'utf-16le', utf16le: 'utf-16le', utf16be: 'utf-16be', unicode: 'utf-16le',
  cp949: 'euc-kr', euckr: 'euc-kr', uhc: 'euc-kr', windows949: 'euc-kr', ksc5601: 'euc-kr', korean: 'euc-kr',
  cp932: 'shift_jis', shiftjis: 'shift_jis', shiftjis2004: 'shift_jis', sjis: 'shift_jis', windows31j: 'shift_jis', mskanji: 'shift_jis',
  eucjp: 'euc-jp', eucjis2004: 'euc-jp',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030',
  big5: 'big5', big5hkscs: 'big5', cp950: 'big5',
  latin1: 'windows-1252', iso88591: 'windows-1252', l1: 'windows-1252', cp1252: 'windows-1252', windows1252: 'windows-1252',
  cp1250: 'windows-1250', windows1250: 'windows-1250', cp1251: 'windows-1251', windows1251: 'windows-1251',
  cp1253: 'windows-1253', windows1253: 'windows-1253', cp1254: 'windows-1254', windows1254: 'windows-1254', iso88599: 'windows-1254',
  cp1255: 'windows-1255', windows1255: 'windows-1255', cp1256: 'windows-1256', windows1256: 'windows-1256',
  cp1257: 'windows-1257', windows1257: 'windows-1257', cp1258: 'windows-1258', windows1258: 'windows-1258',
  cp874: 'windows-874', windows874: 'windows-874', tis620: 'windows-874',
  koi8r: 'koi8-r', iso88592: 'iso-8859-2', latin2: 'iso-8859-2', iso885915: 'iso-8859-15', latin9: 'iso-8859-15',
  macroman: 'macintosh', macintosh: 'macintosh',
};

/**
 * The encoding a name stands for ("cp949", "Shift_JIS", "latin1", "utf-8"), or null when it is
 * none this program reads.
 */
export function encodingByName(name: string): EncodingName | null {
  const squeezed = name.trim().toLowerCase().replace(/[^a-z0-9]/g, '');
  const alias = ALIASES[squeezed];
  if (alias !== undefined) return alias;
  let canonical: string;
  try {
    canonical = decoderFor(name.trim()).encoding;
  } catch {
    return null;
  }
  return BY_NAME.has(canonical) ? (canonical as EncodingName) : (ALIASES[canonical.replace(/[^a-z0-9]/g, '')] ?? null);
}

/** What the user chose, as the detection result the rest of the app shows. */
export function chosenEncoding(name: EncodingName): EncodingInfo {
  return info(name, 1, 'chosen');
}

/** Whether `bytes` decode in `encoding` without an error; the end may cut a character unless `ended`. */
export function decodesCleanly(bytes: Uint8Array, encoding: EncodingName, ended: boolean): boolean {
  try {
    decoderFor(encoding, { fatal: true }).decode(bytes, { stream: !ended });
    return true;
  } catch {
    return false;
  }
}

/** The encoding a byte order mark at the start names, with the mark's length. */
export function byteOrderMark(bytes: Uint8Array): EncodingName | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a mark: ASCII characters are a byte and a NUL, always on the same side. */
function utf16Pattern(bytes: Uint8Array): EncodingName | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 16) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) nulEven++;
    if (bytes[i + 1] === 0) nulOdd++;
  }
  const units = n / 2;
  if (nulOdd >= 0.3 * units && nulEven <= 0.02 * units) return 'utf-16le';
  if (nulEven >= 0.3 * units && nulOdd <= 0.02 * units) return 'utf-16be';
  return null;
}

/** The bytes jschardet looks at: enough for its statistics, little enough to take well under a second. */
export const DETECTOR_SAMPLE_BYTES = 1 << 17;
/** Below this score the detector has seen too few non-ASCII characters to be believed over the script ranges. */
const THIN_EVIDENCE = 0.1;
/** How much higher than Korean's own score the detector may rank another reading of Korean text. */
const KOREAN_AS_CHINESE = 3;

interface Candidate {
  readonly encoding: EncodingName;
  readonly confidence: number;
}

/** jschardet's ranking, in the names TextDecoder knows, best first, each encoding once. */
async function detectorRanking(sample: Uint8Array): Promise<{ candidates: Candidate[]; binary: boolean }> {
  const { detectAll } = await import('jschardet');
  const results = detectAll(sample, { minimumThreshold: 0 });
  const candidates: Candidate[] = [];
  let binary = false;
  for (const r of results) {
    if (r.encoding === null) {
      binary ||= r.mimeType !== null && !r.mimeType.startsWith('text/');
      continue;
    }
    const encoding = encodingByName(r.encoding);
    if (encoding !== null && !candidates.some((c) => c.encoding === encoding)) candidates.push({ encoding, confidence: r.confidence });
  }
  return { candidates, binary };
}

/**
 * Share of the two-byte characters that fall where an encoding keeps its own script: Hangul
 * in EUC-KR's rows 0xB0–0xC8; kana and the common kanji in Shift-JIS's leads 0x81–0x9F. Korean
 * bytes read as GB18030 are common Chinese characters, and jschardet needs many of them to tell;
 * but Chinese text rarely stays within those Hangul rows, and Korean or Chinese text rarely
 * uses Shift-JIS's lead bytes.
 */
/**
 * A Hangul syllable in CP949: KS X 1001's rows (lead 0xB0–0xC8) or the extension's syllables
 * (lead 0x81–0xC6 with a trail below 0xA1 or, under 0xA1, any), which Excel writes for names.
 */
function isHangulPair(lead: number, trail: number): boolean {
  if (lead >= 0xb0 && lead <= 0xc8 && trail >= 0xa1) return true;
  const extensionTrail = (trail >= 0x41 && trail <= 0x5a) || (trail >= 0x61 && trail <= 0x7a) || (trail >= 0x81 && trail <= 0xfe);
  if (lead >= 0x81 && lead <= 0xa0) return extensionTrail;
  return lead >= 0xa1 && lead <= 0xc6 && extensionTrail && trail < 0xa1;
}

function hasHangulExtension(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] as number;
    if (lead <= 0xc6 && trail < 0xa1 && isHangulPair(lead, trail)) return true;
    i++;
  }
  return false;
}

export function scriptShare(bytes: Uint8Array, encoding: 'euc-kr' | 'shift_jis'): { pairs: number; share: number } {
  let pairs = 0;
  let own = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (trail === undefined) break;
    if (encoding === 'shift_jis' && lead >= 0xa1 && lead <= 0xdf) continue; // one-byte katakana
    pairs++;
    i++;
    if (encoding === 'euc-kr' ? isHangulPair(lead, trail) : lead >= 0x81 && lead <= 0x9f) own++;
  }
  return { pairs, share: pairs === 0 ? 0 : own / pairs };
}

/**
 * Where the detector's best guess rests on too little text, the script ranges that fit best.
 * Korean read as Chinese scores at most about three times Korean's score (and Chinese, in
 * samples of header words, at least twice), so Korean also needs a score within that factor.
 */
function scriptRangeChoice(sample: Uint8Array, ended: boolean, ranked: readonly Candidate[]): EncodingName | null {
  const best = ranked[0]?.confidence ?? 0;
  for (const encoding of ['shift_jis', 'euc-kr'] as const) {
    const { pairs, share } = scriptShare(sample, encoding);
    if (pairs < 2 || share < 0.95 || !decodesCleanly(sample, encoding, ended)) continue;
    const score = ranked.find((c) => c.encoding === encoding)?.confidence ?? 0;
    if (encoding === 'shift_jis' || score * KOREAN_AS_CHINESE >= best) return encoding;
    // jschardet's Korean probers give up on CP949's extension syllables (names Excel writes);
    // Chinese in GB2312's range never has their low trail bytes.
    if (score === 0 && hasHangulExtension(sample)) return encoding;
  }
  return null;
}

/** Whether two encodings read the sample as the same text (German in Windows-1250 and -1252). */
function sameText(sample: Uint8Array, a: EncodingName, b: EncodingName, ended: boolean): boolean {
  const stream = !ended;
  return decoderFor(a).decode(sample, { stream }) === decoderFor(b).decode(sample, { stream });
}

/**
 * The encoding of a file from its first bytes (`ended`: they are the whole file). Never fails:
 * a file that is no text at all comes out as Windows-1252 (every byte is a character there),
 * and the text check after decoding refuses it in plain words.
 */
export async function detectEncoding(head: Uint8Array, ended: boolean): Promise<EncodingInfo> {
  const mark = byteOrderMark(head);
  if (mark !== null) return info(mark, 1, 'byte order mark');
  // Before UTF-8: NUL bytes are valid UTF-8, so UTF-16 holding only ASCII would pass for it.
  const utf16 = utf16Pattern(head);
  if (utf16 !== null && decodesCleanly(head, utf16, ended)) return info(utf16, 0.9, 'UTF-16 pattern');
  if (decodesCleanly(head, 'utf-8', ended)) return info('utf-8', 1, 'valid UTF-8');

  const sample = head.length > DETECTOR_SAMPLE_BYTES ? head.subarray(0, DETECTOR_SAMPLE_BYTES) : head;
  const sampleEnded = ended && sample.length === head.length;
  const { candidates, binary } = await detectorRanking(sample);
  if (binary) return info('windows-1252', 0, 'fallback');
  const clean = candidates.filter((c) => decodesCleanly(sample, c.encoding, sampleEnded));
  const best = clean[0];
  if (best === undefined || best.confidence < THIN_EVIDENCE) {
    const byScript = scriptRangeChoice(sample, sampleEnded, clean);
    if (byScript !== null) return info(byScript, clean.find((c) => c.encoding === byScript)?.confidence ?? 0, 'script ranges');
  }
  if (best === undefined) return info('windows-1252', 0, 'fallback');
  // Western European text often reads the same in several code pages; call it by the commonest.
  if (best.encoding !== 'windows-1252' && isSingleByte(best.encoding) && sameText(sample, best.encoding, 'windows-1252', sampleEnded)) {
    return info('windows-1252', best.confidence, 'detector');
  }
  return info(best.encoding, best.confidence, 'detector');
}

function isSingleByte(encoding: EncodingName): boolean {
  return encoding.startsWith('windows-') || encoding.startsWith('iso-8859-') || encoding === 'koi8-r' || encoding === 'macintosh';
}

const HOW: Readonly<Record<EncodingDecision, string>> = {
  chosen: 'chosen',
  'byte order mark': 'bom',
  'valid UTF-8': 'utf8',
  'UTF-16 pattern': 'utf16',
  detector: 'detector',
  'script ranges': 'script',
  fallback: 'fallback',
};

/** "EUC-KR (Korean), detected from the text", for the Data step and `layerbench inspect`. */
export function describeEncoding(e: EncodingInfo): Message {
  return msg('data.encoding.described', { name: encodingName(e.encoding), how: HOW[e.decidedBy] });
}
