// The tables of docs/quality.md: the two table samples, then the public tables that
// bench/quality/export-tables.py writes under .tmp/quality/tables/. Each with its target.
export const TABLES = [
  { name: 'penguins', file: 'resources/samples/penguins.csv', target: 'species', sample: true },
  { name: 'auto-mpg', file: 'resources/samples/auto-mpg.csv', target: 'mpg', sample: true },
  { name: 'diabetes', file: '.tmp/quality/tables/diabetes.csv', target: 'target' },
  { name: 'breast-cancer', file: '.tmp/quality/tables/breast-cancer.csv', target: 'target' },
  { name: 'wine', file: '.tmp/quality/tables/wine.csv', target: 'target' },
  { name: 'digits', file: '.tmp/quality/tables/digits.csv', target: 'target' },
  { name: 'anes96', file: '.tmp/quality/tables/anes96.csv', target: 'vote' },
  { name: 'seattle-weather', file: '.tmp/quality/tables/seattle-weather.csv', target: 'weather' },
  { name: 'grunfeld', file: '.tmp/quality/tables/grunfeld.csv', target: 'invest' },
  { name: 'barley', file: '.tmp/quality/tables/barley.csv', target: 'yield' },
];

export const SEEDS = [42, 1, 2, 3];
