/** English messages of the "common" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
  'internalError': 'Something went wrong.',
  'duration.underSecond': 'less than a second',
  'duration.seconds': '{seconds, number} s',
  'duration.minutes': '{minutes, number} min',
  'duration.minutesSeconds': '{minutes, number} min {seconds, number} s',
  'bytes': '{count, plural, one {# byte} other {# bytes}}',
} as const satisfies Record<string, string>;
