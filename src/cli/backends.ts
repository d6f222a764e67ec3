/**
 * Registers the TensorFlow.js backends the CLI can use in Node: cpu (always), wasm, and
 * webgpu through the `webgpu` package (Dawn). Without a GPU driver, Dawn can still run on
 * SwiftShader's Vulkan driver that Debian's chromium ships; the dynamic loader reads
 * LD_LIBRARY_PATH only at process start, so that case re-runs the CLI in a child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AppError } from '../core/errors';
import { msg } from '../core/i18n/message';
import { cliText } from './i18n';
import { chooseBackend, withThreads, type BackendChoice } from '../core/train/backend';
import { useNodeWasmThreads } from './wasm-threads';
import type { BackendName, TrainingSettings } from '../core/train/types';
import type { TrainArgs } from './args';
import type { PipelineHooks } from '../core/pipeline/run';
import { buildModel } from '../core/model/build';
import { sampleBatch } from '../core/train/engine-backend';
import { isInMemory } from '../core/train/sample-reader';
import { preflight } from '../core/train/preflight';
import { splitValidation } from '../core/train/data';
import { encodedDataProblem } from '../core/features/data-check';
import * as tf from '@tensorflow/tfjs';

const SWIFTSHADER_DIR = '/usr/lib/chromium';
const SWIFTSHADER_ICD = `${SWIFTSHADER_DIR}/vk_swiftshader_icd.json`;
const RERUN_FLAG = 'LAYERBENCH_WEBGPU_SWIFTSHADER';

interface GpuLike { requestAdapter(): Promise<unknown> }

async function installWebGpuGlobals(): Promise<GpuLike> {
  const webgpu = await import('webgpu');
  Object.assign(globalThis, webgpu.globals);
  const gpu = webgpu.create([]) as GpuLike;
  Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  return gpu;
}

/**
 * Prepares `backend` so that core's chooseBackend can select it. Returns a process exit code
 * when the work was handed to a child process (SwiftShader re-run), else null.
 */
export async function prepareNodeBackend(backend: BackendName): Promise<number | null> {
  if (backend === 'wasm') {
    await import('@tensorflow/tfjs-backend-wasm');
    // tfjs' threaded build, one thread per core, which tfjs does not start in Node itself (wasm-threads.ts).
    await useNodeWasmThreads();
    return null;
  }
  if (backend !== 'webgpu') return null;

  const gpu = await installWebGpuGlobals();
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (adapter === null || adapter === undefined) {
    if (process.env[RERUN_FLAG] !== '1' && existsSync(SWIFTSHADER_ICD)) return rerunOnSwiftShader();
    throw new AppError({
      code: 'cli/no-webgpu-adapter',
      message: msg('cli.backend.noAdapter'),
      detail: `navigator.gpu.requestAdapter() returned null; no Vulkan driver found${existsSync(SWIFTSHADER_ICD) ? ' (SwiftShader was tried)' : ` and ${SWIFTSHADER_ICD} is absent`}.`,
    });
  }
  await import('@tensorflow/tfjs-backend-webgpu');
  return null;
}

function rerunOnSwiftShader(): number {
  const [node, ...args] = process.argv;
  const env = {
    ...process.env,
    [RERUN_FLAG]: '1',
    LD_LIBRARY_PATH: [SWIFTSHADER_DIR, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
    VK_ICD_FILENAMES: SWIFTSHADER_ICD,
  };
  const child = spawnSync(node ?? process.execPath, args, { stdio: 'inherit', env });
  return child.status ?? 1;
}

/**
 * Starts exactly the backend the user named: the CLI never falls back silently, since a run's
 * numbers are compared across machines and backends.
 */
export async function requireBackend(backend: BackendName): Promise<BackendChoice> {
  const chosen = await chooseBackend(backend);
  if (chosen.backend !== backend) {
    throw new AppError({
      code: 'cli/backend-unavailable',
      message: msg('cli.backend.unavailable', { backend, reason: chosen.reason }),
      detail: `chooseBackend(${backend}) gave ${chosen.backend}`,
    });
  }
  return { ...chosen, reason: withThreads(chosen.reason, chosen.backend) };
}

/** The training settings a `train` command line asks for, over the app's defaults. */
export function settingsFromArgs(args: Pick<TrainArgs, 'epochs' | 'seed' | 'batchSize' | 'imageCacheMb'>, base: TrainingSettings): TrainingSettings {
  return {
    ...base,
    ...(args.imageCacheMb !== undefined ? { imageCacheMb: args.imageCacheMb } : {}),
    ...(args.epochs !== undefined ? { epochs: args.epochs } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    ...(args.batchSize !== undefined ? { batchSize: args.batchSize } : {}),
  };
}

/**
 * The pre-flight before training: one forward and backward step of the actual model
 * on a real batch on the backend the user named, its estimate printed. The CLI does not fall
 * back: a failed check ends the run with what failed, so that numbers never come from a
 * backend nobody chose.
 */
export function preflightHook(settings: TrainingSettings, say: ((line: string) => void) | null): NonNullable<PipelineHooks['beforeTraining']> {
  return async ({ spec, encoded, task }) => {
    // The data's own problems (values not finite after scaling, inputs that never change) are named first.
    const dataProblem = encodedDataProblem(encoded);
    if (dataProblem !== null) throw new AppError(dataProblem);
    const batch = await sampleBatch(encoded, Math.min(settings.batchSize, 32));
    const validationRows = splitValidation(encoded.trainRows, settings.validationSplit, 0).validation.length;
    const options = { task, epochRows: encoded.trainRows, batchSize: settings.batchSize, validationRows, streamed: !isInMemory(encoded.trainX) };
    const model = buildModel(spec, { seed: settings.seed });
    try {
      const result = await preflight(model, batch, options);
      if (!result.ok) {
        const detail = result.problems.join('; ');
        if (result.cause === 'data') throw new AppError({ code: 'cli/data-problem', message: result.message, detail });
        if (result.backend === 'cpu' || (await failsOnCpuToo(spec, settings.seed, batch, options))) {
          throw new AppError({
            code: 'cli/preflight-failed',
            message: msg('cli.backend.preflightCpuToo', { message: result.message }),
            detail,
          });
        }
        throw new AppError({ code: 'cli/preflight-failed', message: msg('cli.backend.preflightTryAnother', { message: result.message }), detail });
      }
      say?.(cliText(result.message));
    } finally {
      model.dispose();
    }
  };
}

/** Whether the reference backend fails the same check: then the backend the user named is not to blame. */
async function failsOnCpuToo(spec: Parameters<typeof buildModel>[0], seed: number, batch: Parameters<typeof preflight>[1], options: Parameters<typeof preflight>[2]): Promise<boolean> {
  const active = tf.getBackend();
  await tf.setBackend('cpu');
  const model = buildModel(spec, { seed });
  try {
    return !(await preflight(model, batch, { ...options, compareWithCpu: false, estimateTime: false })).ok;
  } catch {
    return false;
  } finally {
    model.dispose();
    await tf.setBackend(active);
  }
}
