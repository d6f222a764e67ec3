/** Says once, before the run, whether the Electron scenarios can run here and why not. */
import { electronBinary } from './fixtures';

export default function globalSetup(): void {
  const binary = electronBinary();
  if ('reason' in binary) {
    process.stdout.write(`[electron] The Electron project's scenarios will be reported as skipped: ${binary.reason}.\n`);
  } else {
    process.stdout.write(`[electron] Electron binary: ${binary.path}\n`);
  }
}
