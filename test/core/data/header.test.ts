import { describe, expect, it } from 'vitest';
import { defaultColumnNames, nameColumns } from '../../../src/core/data/header';
import { english } from '../../../src/core/i18n/translate';

describe('nameColumns', () => {
  it('trims names and keeps good ones as they are', () => {
    expect(nameColumns([' age ', 'city'])).toEqual({ names: ['age', 'city'], changes: [] });
  });

  it('names empty columns by position and numbers repeated names', () => {
    const { names, changes } = nameColumns(['x', '', 'x', 'y', 'x']);
    expect(names).toEqual(['x', 'column 2', 'x (2)', 'y', 'x (3)']);
    expect(changes.map((m) => english(m))).toEqual([
      'column 2 had no name: now “column 2”',
      'a second “x” (column 3) is now “x (2)”',
      'a second “x” (column 5) is now “x (3)”',
    ]);
  });

  it('never produces a name that is already taken', () => {
    expect(nameColumns(['column 2', '', 'a', 'a (2)', 'a']).names).toEqual(['column 2', 'column 2 (2)', 'a', 'a (2)', 'a (3)']);
  });

  it('drops a byte-order mark left on the first name', () => {
    expect(nameColumns(['\uFEFFid', 'x']).names).toEqual(['id', 'x']);
  });
});

describe('defaultColumnNames', () => {
  it('counts from 1', () => {
    expect(defaultColumnNames(3)).toEqual(['column 1', 'column 2', 'column 3']);
  });
});
