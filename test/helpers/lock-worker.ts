/**
 * Child process for the data-folder lock tests: claims the folder as an entry point does.
 * Prints "locked" and waits (until killed) when it got the folder; otherwise prints the French
 * message on stderr and exits with 3, as browser mode does.
 */
import { claimDataFolder } from '../../electron/services/claim-data-folder';
import { AppError, toAppErrorValue } from '../../electron/services/errors';

const [dir] = process.argv.slice(2) as [string];
try {
  claimDataFolder(dir);
  process.stdout.write('locked\n');
  setInterval(() => {}, 60_000);
} catch (error) {
  process.stderr.write(`${toAppErrorValue(error).message}\n`);
  process.exit(error instanceof AppError && error.key === 'dataFolder.alreadyOpen' ? 3 : 1);
}
