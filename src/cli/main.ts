/**
 * Entry of the `layerbench` command. Every failure reaches the terminal as a sentence on
 * stderr and a non-zero exit code; the developer detail only with LAYERBENCH_DEBUG=1.
 */
import * as tf from '@tensorflow/tfjs';
import { toAppErrorInfo } from '../core/errors';
import { msg } from '../core/i18n/message';
import { parseCommand, takeLangOption, usageText } from './args';
import { cliErrorText, cliT, cliText, setCliLocale } from './i18n';
import { registerNodeDecoders } from './node-decoders';
import { runInspectCommand } from './inspect-command';
import { runPredictCommand } from './predict-command';
import { runSummaryCommand } from './summary-command';
import { runTrainCommand } from './train-command';

declare const __LAYERBENCH_VERSION__: string;

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const warn = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(argv: readonly string[]): Promise<number> {
  // tfjs' cpu backend prints an advert for tfjs-node on first use in Node (the pre-flight's CPU
  // comparison reaches it); PROD silences tfjs' own warnings, not ours.
  tf.env().set('PROD', true);
  registerNodeDecoders();
  // The language first: every line after this, a mistake in the arguments included, is in it.
  const { locale, rest } = takeLangOption(argv);
  if (locale !== null) setCliLocale(locale);
  const command = parseCommand(rest);
  switch (command.kind) {
    case 'help':
      print(usageText());
      return 0;
    case 'version':
      print(typeof __LAYERBENCH_VERSION__ === 'string' ? __LAYERBENCH_VERSION__ : 'dev');
      return 0;
    case 'train':
      return runTrainCommand(command.args, print, warn);
    case 'summary':
      return runSummaryCommand(command.args, print, warn);
    case 'inspect':
      return runInspectCommand(command.args, print, warn);
    case 'predict':
      return runPredictCommand(command.args, print, warn);
  }
}

function exit(code: number): void {
  // Dawn's Node bindings keep the event loop alive; leave once the output is flushed.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exit, (err: unknown) => {
  const info = toAppErrorInfo(err, msg('cli.internalError'));
  const t = cliT();
  warn(t('cli.line.error', { message: cliErrorText(info) }));
  if (info.fix) warn(t('cli.line.fix', { label: cliText(info.fix.label) }));
  if (process.env.LAYERBENCH_DEBUG === '1' && info.detail) warn(`\n${t('cli.line.detail', { detail: info.detail })}`);
  exit(info.code === 'cli/usage' ? 2 : 1);
});
