import { AppError } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import { cliT } from './i18n';

/** The command lines `layerbench help` shows: syntax, the same in every language. */
export const SYNOPSIS = `  layerbench train FILE.csv [--target COLUMN] [--epochs N] [--seed N] [--batch-size N]
                            [--backend cpu|wasm|webgpu] [--encoding NAME] [--model SPEC.json]
                            [--out DIR] [--split-out FILE] [--json]
  layerbench train FOLDER|IMAGES.csv [--size HxW] [--augment] [--epochs N] [--seed N]
                            [--target COLUMN] [--path-column COLUMN] [--image-cache-mb N]
                            [--backend …] [--out DIR] [--json]
  layerbench train RECORDINGS.csv [--target COLUMN] [--sequence-id COLUMN] [--order COLUMN]
                            [--length N | --window N [--stride N]] [--epochs N] [--seed N] [--out DIR] [--json]
  layerbench predict MODEL-DIR|MODEL.zip NEW.csv [--encoding NAME] [--out FILE] [--json]
  layerbench predict MODEL-DIR|MODEL.zip IMAGE|FOLDER [--out FILE] [--json]
  layerbench inspect PATH [--target COLUMN] [--path-column COLUMN] [--sequence-id COLUMN]
                          [--order COLUMN] [--length N | --window N [--stride N]] [--encoding NAME] [--json]
  layerbench summary SPEC.json [--task classification --classes N | --task regression]
                             [--keras] [--json]
  layerbench [--lang en|ko] COMMAND …`;

/** Commands to copy, the same in every language. */
export const EXAMPLES = `  layerbench train resources/samples/penguins.csv --target species --json
  layerbench train resources/samples/auto-mpg.csv --target mpg --epochs 100
  layerbench summary docs/examples/sequence-conv1d.json
  layerbench summary my-model.json --task classification --classes 3 --keras
  layerbench inspect resources/samples/shapes --json
  layerbench train resources/samples/shapes --size 16x16 --epochs 10 --out shapes-model
  layerbench predict shapes-model resources/samples/shapes/circle/circle-001.png
  layerbench inspect resources/samples/activity.csv --json
  layerbench train resources/samples/activity.csv --sequence-id recording_id --order timestamp --length 64
  layerbench inspect resources/samples/penguins.csv --lang ko`;

/** Every option the commands take, as typed: what an unknown option is compared with. */
export const OPTION_NAMES: readonly string[] = [...new Set(SYNOPSIS.match(/--[a-z][a-z-]*/g) ?? [])];

/** The text `layerbench help` prints, and every usage error after its sentence. */
export function usageMessage(): Message {
  return msg('cli.usage.text', { synopsis: SYNOPSIS, examples: EXAMPLES });
}

/** The usage in the terminal's language. */
export function usageText(): string {
  return cliT()(usageMessage());
}

/** A mistake on the command line: its sentence, then the usage (exit 2 in main.ts). */
export function usageError(sentence: Message, detail?: string): AppError {
  return new AppError({ code: 'cli/usage', message: msg('cli.usage.withUsage', { sentence, usage: usageMessage() }), detail });
}
