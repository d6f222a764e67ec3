/** Reading test/fixtures files the way the app does: a UTF-8 file stream of text chunks. */
import { createReadStream, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseCsv, type CsvTuning } from '../../../src/core/data/csv';
import type { Column, TypedDataset } from '../../../src/core/data/types';
import { AppError } from '../../../src/core/errors';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '../../../resources/samples');

/** Parses a file from disk; `chunkChars` small puts chunk boundaries everywhere. */
export function parseFile(path: string, chunkChars = 64 * 1024, tuning?: CsvTuning): Promise<TypedDataset> {
  const name = path.split('/').pop() as string;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: chunkChars });
  return parseCsv(stream, { name, sizeBytes: statSync(path).size }, undefined, tuning);
}

export function parseFixture(name: string, chunkChars?: number): Promise<TypedDataset> {
  return parseFile(join(FIXTURES, name), chunkChars);
}

export function column(ds: TypedDataset, name: string): Column {
  const found = ds.columns.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no column ${name} in ${ds.columns.map((c) => c.name).join(', ')}`);
  return found;
}

export function numberColumnOf(ds: TypedDataset, name: string) {
  const c = column(ds, name);
  if (c.kind !== 'number') throw new Error(`${name} is ${c.kind}, not number`);
  return c;
}

export function categoryColumnOf(ds: TypedDataset, name: string) {
  const c = column(ds, name);
  if (c.kind !== 'category') throw new Error(`${name} is ${c.kind}, not category`);
  return c;
}

export function textColumnOf(ds: TypedDataset, name: string) {
  const c = column(ds, name);
  if (c.kind !== 'text') throw new Error(`${name} is ${c.kind}, not text`);
  return c;
}

/** Awaits a rejection with an AppError of `code` whose message contains every fragment. */
export async function expectAppError(promise: Promise<unknown>, code: string, ...fragments: string[]): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe(code);
  for (const fragment of fragments) expect(appError.message).toContain(fragment);
  return appError;
}

/** Float64Array → plain numbers with NaN as null, for toEqual. */
export function plain(values: Float64Array): (number | null)[] {
  return Array.from(values, (v) => (Number.isNaN(v) ? null : v));
}
