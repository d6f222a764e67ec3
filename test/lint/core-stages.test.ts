/**
 * The order of core's stages is a lint rule (eslint.config.mjs): a backward import fails lint,
 * a forward one passes. Checked with ESLint's own API on code placed in each folder.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the stages of src/core import one way only', () => {
  it.each([
    ['src/core/features/x.ts', "import type { LayerSpec } from '../model/types';"],
    ['src/core/data/x.ts', "import { splitRows } from '../features/split';"],
    ['src/core/shape/x.ts', "import type { KindName } from '../sources/kind';"],
    ['src/core/model/x.ts', "import type { TrainingSettings } from '../train/types';"],
    ['src/core/train/x.ts', "import type { KindName } from '../sources/kind';"],
    ['src/core/evaluate/x.ts', "import { tableKind } from '../sources/table/kind';"],
    ['src/core/sources/table/x.ts', "import { analyzeModel } from '../../model/analyze';"],
    ['src/core/pipeline/x.ts', "import type { ExperimentRecord } from '../experiment/types';"],
    ['src/core/errors.ts', "import type { Task } from './features/types';"],
  ])('refuses a backward import in %s', async (filePath, code) => {
    const messages = await restricted(filePath, `${code}\nexport {};\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/import one way only/);
  });

  it.each([
    ['src/core/model/x.ts', "import type { Task } from '../features/types';"],
    ['src/core/sources/table/x.ts', "import { splitRows } from '../../features/split';"],
    ['src/core/pipeline/x.ts', "import { planOf } from '../sources/registry';"],
    ['src/core/experiment/x.ts', "import { runPipeline } from '../pipeline/run';"],
  ])('accepts a forward import in %s', async (filePath, code) => {
    expect(await restricted(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});
