/**
 * What a column's name says about its role in a recording: an id ("recording_id", "session"),
 * a clock ("timestamp", "t_ms", "frame") or a label ("activity", "state", "레이블"). Names only
 * tip the balance; detection always checks the values as well.
 */

/** Lower-case words of a name: "recordingId" → recording, id; "t_ms" → t, ms; "시간(초)" → 시간, 초. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Whether one of `hints` is a word of the name, or (for non-Latin hints) a part of it. */
function matches(name: string, hints: readonly string[]): string | null {
  const tokens = nameTokens(name);
  const lower = name.toLowerCase();
  for (const hint of hints) {
    if (tokens.includes(hint)) return hint;
    // Korean words are often written together ("센서시간"): a part of the name counts.
    if (hint.charCodeAt(0) > 127 && lower.includes(hint)) return hint;
  }
  return null;
}

/** Words that name the recording a row belongs to. */
const STRONG_ID_HINTS = [
  'id', 'recording', 'rec', 'session', 'series', 'sequence', 'seq', 'trial', 'run', 'file', 'filename', 'episode',
  'track', 'clip', 'take', 'experiment', '아이디', '세션', '녹화', '기록', '시퀀스', '시행', '파일',
];
/** Words that may name a recording but as often name a group of recordings (a person, a machine). */
const WEAK_ID_HINTS = [
  'subject', 'participant', 'user', 'person', 'patient', 'device', 'machine', 'unit', 'group', 'batch',
  '피험자', '참가자', '사용자', '환자', '장치', '기계',
];

/** 2: named like a recording id; 1: like a person or machine; 0: nothing in the name. */
export function idNameStrength(name: string): 0 | 1 | 2 {
  if (matches(name, STRONG_ID_HINTS)) return 2;
  if (matches(name, WEAK_ID_HINTS)) return 1;
  return 0;
}

/** Words that name a clock or a step counter. */
const STRONG_ORDER_HINTS = [
  'time', 'timestamp', 'datetime', 'date', 'ts', 't', 'seconds', 'second', 'secs', 'sec', 'ms', 'millis',
  'milliseconds', 'msec', 'us', 'elapsed', 'step', 'frame', 'tick', 'hour', 'minute',
  '시간', '시각', '타임스탬프', '날짜', '일시', '프레임', '경과', '단계',
];
/** Words of row counters: they order the rows, but a table saved with its row number has one too. */
const WEAK_ORDER_HINTS = ['index', 'idx', 'n', 'no', 'num', 'count', 'sample', '순번', '번호'];

/** 2: named like a clock (time, t, ms, frame, …); 1: like a row counter (index); 0: neither. */
export function orderNameStrength(name: string): 0 | 1 | 2 {
  if (matches(name, STRONG_ORDER_HINTS)) return 2;
  if (matches(name, WEAK_ORDER_HINTS)) return 1;
  return 0;
}

/** The unit an order column's name gives its numbers, for sentences about time steps. */
export function orderUnitOfName(name: string): 'ms' | 's' | null {
  const tokens = nameTokens(name);
  if (tokens.some((t) => t === 'ms' || t === 'millis' || t === 'milliseconds' || t === 'msec')) return 'ms';
  if (tokens.some((t) => t === 's' || t === 'sec' || t === 'secs' || t === 'second' || t === 'seconds' || t === '초')) return 's';
  return null;
}

/** Words of labels, most telling first (the table kind's hints and the words of recordings). */
const TARGET_HINTS = [
  'target', 'label', 'labels', 'class', 'activity', 'state', 'status', 'gesture', 'event', 'condition', 'outcome',
  'diagnosis', 'category', 'y', 'species', 'result', 'fault', 'mode', 'action', 'motion', 'gait', 'posture',
  'type', 'kind', 'quality', 'grade', 'score', 'rating', 'price',
  '레이블', '라벨', '정답', '분류', '상태', '클래스', '활동', '동작', '행동', '타깃', '결과',
];

/** How strongly a name says "this is what to predict": higher is stronger, 0 for no hint. */
export function targetNameStrength(name: string): number {
  const hint = matches(name, TARGET_HINTS);
  if (hint === null) return 0;
  if (hint === 'y' && name.trim().toLowerCase() !== 'y') return 0; // "acc_y" is a channel, not a target
  return TARGET_HINTS.length - TARGET_HINTS.indexOf(hint);
}
