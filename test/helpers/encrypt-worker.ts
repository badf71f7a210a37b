/**
 * Child process for the in-place encryption kill test: opens a plain data folder (its key file
 * already there, as after the set-up) the way the app does, which encrypts it in place. Prints
 * "start" when the encryption begins and "done" when the folder is open; the parent kills it
 * with SIGKILL at a random moment in between.
 */
import { createServicesHost } from '../../electron/services/host';
import { phraseOnly } from '../../electron/services/keys/key-provider';
import { TEST_COST, TEST_PHRASE } from './test-key';

const [dataDir] = process.argv.slice(2) as [string];
const host = createServicesHost({ dataDir, settingsFile: { store: {} }, version: 't', log: () => {}, keys: phraseOnly(TEST_PHRASE), scryptCost: TEST_COST });
host.bus.subscribe((name, payload) => {
  if (name === 'startupChanged') process.stdout.write(`state ${JSON.stringify(payload)}\n`);
});
process.stdout.write('start\n');
await host.start();
const state = await host.settled();
process.stdout.write(`done ${state.status}\n`);
host.close();
