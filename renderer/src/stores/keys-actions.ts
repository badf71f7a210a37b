import type { StartupState } from '../../../shared/records/recovery';
import { api } from '../bridge';

/**
 * The data key's calls (first start, unlock, a new recovery phrase, encryption in progress).
 * These screens run before or beside the app's stores, so they call here and keep their own state.
 */
export const readKeyInfo = () => api().getKeyInfo({});
export const beginKeySetup = () => api().beginKeySetup({});
export const confirmKeySetup = (words: [string, string]) => api().confirmKeySetup({ words });
export const unlockWithPhrase = (phrase: string) => api().unlockWithPhrase({ phrase });
export const beginPhraseChange = (currentPhrase: string | null) => api().beginPhraseChange({ currentPhrase });
export const confirmPhraseChange = (words: [string, string]) => api().confirmPhraseChange({ words });
/** A copy made with another phrase (another computer) restored at the first start. */
export const restoreBackupWithPhrase = (path: string, phrase: string) => api().restoreBackup({ path, phrase });

/**
 * Follows the in-place encryption: each progress event, and a question now and then because the
 * event stream may miss the last one (a reconnect). Returns the function that stops following.
 */
export function followStartup(follow: (state: StartupState) => void): () => void {
  const off = api().on('startupChanged', follow);
  const timer = setInterval(() => void api().getStartupState({}).then((r) => r.ok && follow(r.value)), 1000);
  return () => {
    off();
    clearInterval(timer);
  };
}
