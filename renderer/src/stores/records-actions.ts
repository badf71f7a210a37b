import type { AppErrorValue } from '../../../shared/ipc/result';
import { api } from '../bridge';
import { refreshQueries } from './query';

/** A copy now: into the rolling backups (folder null) or into a folder the helper names (a USB key). */
export async function createBackup(folder: string | null) {
  const r = await api().createBackup({ folder });
  if (r.ok) refreshQueries('listBackups');
  return r;
}

/** Every screen and store reads the restored data from scratch: the renderer starts again. */
const reloadApp = () => window.location.reload();

/**
 * Replaces the data with a checked backup; on success the app reloads, so only a refusal comes back.
 * `phrase`: the recovery phrase of a copy made elsewhere (another computer, another phrase); null for this folder's own.
 */
export async function restoreBackup(path: string, phrase: string | null = null): Promise<AppErrorValue | null> {
  const r = await api().restoreBackup({ path, phrase });
  if (!r.ok) return r.error;
  reloadApp();
  return null;
}

/** Recovery screen: the damaged data set aside, the app starts on empty data (after the helper confirmed). */
export async function startWithEmptyData(): Promise<AppErrorValue | null> {
  const r = await api().startEmpty({ confirm: true });
  if (!r.ok) return r.error;
  reloadApp();
  return null;
}

/** SQLite's check and both hash chains from their first row; the start-up banner follows its result. */
export const verifyIntegrity = () => api().verifyIntegrity({});
