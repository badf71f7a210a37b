import type { DataKey } from './data-key';
import type { KeyFile } from './key-file';

/**
 * The open data folder's key as the services get it: the data key (in memory only) and the key
 * file as it is now (a phrase change replaces it while the services run). Backups copy its
 * phrase-wrapped key beside each copy.
 */
export interface FolderKey {
  readonly key: DataKey;
  file(): KeyFile;
}
