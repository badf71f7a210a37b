/**
 * Child process for the data-folder lock tests: claims the folder as an entry point does, and
 * with `--open` then opens its data (the folder keyed with test-key.ts's key) as the host does.
 * Prints "locked" and waits (until killed) when it got the folder; otherwise prints the French
 * message on stderr and exits with 3, as browser mode does.
 */
import { claimDataFolder } from '../../electron/services/claim-data-folder';
import { AppError, toAppErrorValue } from '../../electron/services/errors';
import { openServicesHost } from '../../electron/services/host';
import { phraseOnly } from '../../electron/services/keys/key-provider';
import { memorySettingsFile } from './temp-dir';
import { TEST_COST, TEST_PHRASE } from './test-key';

const [dir, flag] = process.argv.slice(2) as [string, string | undefined];
try {
  claimDataFolder(dir);
  if (flag === '--open') {
    const host = await openServicesHost({ dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, keys: phraseOnly(TEST_PHRASE), scryptCost: TEST_COST, exclusiveDatabase: true });
    if (host.state().status !== 'ready') throw new Error(`not ready: ${host.state().status}`);
    // A backup reads the live file's bytes: that must not give up the lock (db/open.ts).
    const backup = await host.dispatch('createBackup', { folder: null });
    if (!backup.ok) throw new Error(backup.error.message);
  }
  process.stdout.write('locked\n');
  setInterval(() => {}, 60_000);
} catch (error) {
  process.stderr.write(`${toAppErrorValue(error).message}\n`);
  process.exit(error instanceof AppError && error.key === 'dataFolder.alreadyOpen' ? 3 : 1);
}
