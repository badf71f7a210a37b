/**
 * Child process for the durability test: appends session events in a loop on a real
 * database file and prints "ok <seq>" after each commit returns — the moment the UI
 * would be told the event is saved. The parent kills it with SIGKILL at random. Each append
 * names its event in the session's summary (`current_step`), so the parent can check that
 * the summary always belongs to the last event kept.
 */
import { openDatabase } from '../../electron/services/db/open';
import { createSessionLog } from '../../electron/services/sessions/log';
import { TEST_KEY } from './test-key';

const [dataDir, sessionId, personId] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dataDir, TEST_KEY);
const store = createSessionLog(db);

db.prepare("INSERT OR IGNORE INTO persons (id, name, sort_key, created_at, updated_at) VALUES (?, 'Durable', 'durable', 'x', 'x')").run(personId);
if (!store.session(sessionId)) {
  store.create({ id: sessionId, personId, mandateId: null, helperName: 'test', startedAt: Date.now(), currentStep: 'preparation' }, []);
}
process.stdout.write('ready\n');
for (let next = store.events(sessionId).length + 1; ; next++) {
  const [event] = store.append(sessionId, [{ type: 'note_added', at: Date.now(), text: `note ${Math.random()}` }], { currentStep: `after-${next}` });
  process.stdout.write(`ok ${event!.seq}\n`);
}
