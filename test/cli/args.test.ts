/** Usage mistakes name the flags as they are typed and repeat at most a few hundred characters of the input. */
import { describe, expect, it } from 'vitest';
import { flagName, parseCommand } from '../../src/cli/args';
import { AppError } from '../../src/core/errors';

function usageMessage(argv: readonly string[]): string {
  try {
    parseCommand(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('cli/usage');
    return (err as AppError).message.split('\n\n')[0] ?? '';
  }
  throw new Error('expected a usage error');
}

describe('parseCommand', () => {
  it('prints the usage for --help or -h after a command too', () => {
    for (const argv of [['--help'], ['help'], ['train', '--help'], ['summary', 'x.json', '-h'], ['--lang', 'ko', 'inspect', '--help']]) {
      expect(parseCommand(argv)).toEqual({ kind: 'help' });
    }
  });

  it('names an option out of range as the user types it, in words', () => {
    expect(usageMessage(['train', 'a.csv', '--batch-size', '0'])).toBe('--batch-size must be at least 1, not 0.');
    expect(usageMessage(['train', 'a.csv', '--batch-size', '70000'])).toBe('--batch-size must be at most 65,536, not 70,000.');
    expect(usageMessage(['train', 'a.csv', '--epochs', '0'])).toBe('--epochs must be at least 1, not 0.');
    expect(usageMessage(['train', 'a.csv', '--image-cache-mb', '70000'])).toBe('--image-cache-mb must be at most 65,536, not 70,000.');
    expect(usageMessage(['train', 'a.csv', '--image-cache-mb', 'lots'])).toMatch(/^--image-cache-mb /);
    const parsed = parseCommand(['train', 'images', '--image-cache-mb', '0']);
    expect(parsed.kind === 'train' && parsed.args.imageCacheMb).toBe(0);
    expect(flagName('pathColumn')).toBe('--path-column');
    expect(flagName('epochs')).toBe('--epochs');
  });

  it('names an unknown flag and the one it resembles, without parseArgs\' advice about positionals', () => {
    expect(usageMessage(['train', 'a.csv', '--batchSize', '3'])).toBe('Unknown option “--batchSize”. Did you mean --batch-size?');
    expect(usageMessage(['inspect', 'a.csv', '--path_column', 'p'])).toBe('Unknown option “--path_column”. Did you mean --path-column?');
    expect(usageMessage(['predict', 'm', 'a.csv', '--colour'])).toBe('Unknown option “--colour”. The options are listed below.');
  });

  it('takes --split-out FILE for train, and asks for its value', () => {
    const command = parseCommand(['train', 'a.csv', '--split-out', 'split.json']);
    expect(command.kind === 'train' && command.args.splitOut).toBe('split.json');
    expect(usageMessage(['train', 'a.csv', '--split-out'])).toBe('--split-out needs a value.');
  });

  it('cuts long input short in every message', () => {
    const huge = 'x'.repeat(1_000_000);
    const spaced = 'word '.repeat(200_000);
    for (const argv of [
      [huge],
      ['train', 'a.csv', '--epochs', huge],
      ['train', 'a.csv', '--size', spaced],
      ['train', 'a.csv', '--backend', huge],
      ['train', 'a.csv', `--${huge}`],
      ['train', ...Array.from({ length: 10_000 }, (_, i) => `file-${i}.csv`)],
      ['summary', huge, huge],
      ['inspect', spaced, spaced],
    ]) {
      expect(usageMessage(argv).length).toBeLessThan(600);
    }
  });
});
