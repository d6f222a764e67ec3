import type en from '../en/common.messages';

/** Korean messages of the "common" namespace (ICU MessageFormat): the same keys as the English file. */
export default {
  'internalError': '문제가 생겼습니다.',
  'duration.underSecond': '1초 미만',
  'duration.seconds': '{seconds, number}초',
  'duration.minutes': '{minutes, number}분',
  'duration.minutesSeconds': '{minutes, number}분 {seconds, number}초',
  'bytes': '{count, number}바이트',
} as const satisfies Record<keyof typeof en, string>;
