import { z } from 'zod';
import { readOnly, type ReadableDB, type WritableDB } from '../db/types';

export const NewestBackup = z.object({ name: z.string().min(1), createdAt: z.number().int().nonnegative() });
export type NewestBackup = z.infer<typeof NewestBackup>;
export const RetentionSetting = z.object({ enabled: z.boolean(), months: z.number().int().positive() });
export type RetentionSetting = z.infer<typeof RetentionSetting>;

function parsed<T>(schema: z.ZodType<T>, text: string | undefined): T | null {
  if (text === undefined) return null;
  try {
    const value = schema.safeParse(JSON.parse(text));
    return value.success ? value.data : null;
  } catch {
    return null;
  }
}

/** What the database says of its folder (migration 0017), read only. */
export function readFolderFacts(db: ReadableDB) {
  const get = db.prepare<[string], string>('SELECT value FROM folder_facts WHERE name = ?').pluck();
  return {
    /** The newest rolling backup made of this database, or null (none yet, or made before this version). */
    newestBackup: () => parsed(NewestBackup, get.get('newest_backup')),
    /** The retention setting as last set through Réglages, or null (never set since this version). */
    retentionSetting: () => parsed(RetentionSetting, get.get('retention_setting')),
  };
}

/** folder_facts, and the only code that writes it. */
export function createFolderFacts(db: WritableDB) {
  const put = db.prepare('INSERT OR REPLACE INTO folder_facts (name, value, at) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM folder_facts WHERE name = ?');
  return {
    ...readFolderFacts(readOnly(db)),
    recordBackup: (b: NewestBackup, at: number) => void put.run('newest_backup', JSON.stringify(NewestBackup.parse(b)), at),
    /** A backup that failed is not the newest: the record goes back to what it was. */
    restoreBackupRecord(b: NewestBackup | null, at: number): void {
      if (b) put.run('newest_backup', JSON.stringify(b), at);
      else remove.run('newest_backup');
    },
    recordRetentionSetting: (r: RetentionSetting, at: number) => void put.run('retention_setting', JSON.stringify(RetentionSetting.parse(r)), at),
  };
}

export type FolderFacts = ReturnType<typeof createFolderFacts>;
