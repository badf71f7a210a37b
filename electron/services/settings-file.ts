import { existsSync, renameSync } from 'node:fs';
import type { KeyValueFile } from './settings';

/**
 * electron-store and conf refuse a settings file that is not valid JSON. Rather than
 * refusing to start, the damaged file is kept aside (never deleted) and defaults apply.
 */
export function openSettingsFile<T extends KeyValueFile>(create: () => T, path: string, warn: (message: string) => void): T {
  try {
    return create();
  } catch (error) {
    if (!existsSync(path)) throw error;
    const aside = `${path}.illisible-${Date.now()}`;
    renameSync(path, aside);
    warn(`Le fichier de réglages était illisible : il a été mis de côté (${aside}) et les réglages par défaut s'appliquent.`);
    return create();
  }
}
