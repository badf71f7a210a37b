import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { fsyncDir } from '../restore-files';
import { PhraseWrapped } from './phrase-wrap';

/** The data folder's key file: the data key wrapped twice, never in clear. */
export const KEY_FILE_NAME = 'binome.key.json';

const keyId = z.string().regex(/^[0-9a-f]{16}$/);

/** The data key as the operating system protects it (Windows DPAPI through Electron's safeStorage). */
export const OsWrapped = z
  .object({
    scheme: z.literal('electron-safeStorage'),
    blob: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(8192),
  })
  .strict();
export type OsWrapped = z.infer<typeof OsWrapped>;

export const KeyFile = z
  .object({
    format: z.literal('binome-key'),
    version: z.literal(1),
    keyId,
    /** When the current phrase was set (ISO 8601), shown in Réglages. */
    phraseSetAt: z.string().max(40),
    phrase: PhraseWrapped,
    /** Null where the operating system offers no protection (browser mode), or once it failed. */
    os: OsWrapped.nullable(),
  })
  .strict();
export type KeyFile = z.infer<typeof KeyFile>;

/**
 * What travels beside each backup and each copy on a USB key (`<copy>.key.json`): the
 * phrase-wrapped key only. The operating system's wrap is never copied: it would open the copy
 * on this laptop's account without the phrase, and nowhere else anyway.
 */
export const BackupKeyFile = z
  .object({
    format: z.literal('binome-backup-key'),
    version: z.literal(1),
    keyId,
    phrase: PhraseWrapped,
  })
  .strict();
export type BackupKeyFile = z.infer<typeof BackupKeyFile>;

export const keyFilePath = (dataDir: string) => join(dataDir, KEY_FILE_NAME);
export const backupKeyPath = (copy: string) => `${copy}.key.json`;

export type KeyFileRead<T> = { status: 'missing' } | { status: 'invalid' } | { status: 'ok'; value: T };

function readJson<T>(path: string, schema: z.ZodType<T>): KeyFileRead<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'invalid' };
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? { status: 'ok', value: parsed.data } : { status: 'invalid' };
  } catch {
    return { status: 'invalid' };
  }
}

export const readKeyFile = (dataDir: string) => readJson(keyFilePath(dataDir), KeyFile);
export const readBackupKeyFile = (copy: string) => readJson(backupKeyPath(copy), BackupKeyFile);

/**
 * Written beside, synced, then renamed over: a crash leaves the old file or the new one, never
 * half of one (a half-written key file would lock the association out of its data).
 */
export function writeJsonAtomically(path: string, value: unknown) {
  const temp = join(dirname(path), `.${path.slice(dirname(path).length + 1)}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(value, null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  fsyncDir(dirname(path));
}

export const writeKeyFile = (dataDir: string, file: KeyFile) => writeJsonAtomically(keyFilePath(dataDir), KeyFile.parse(file));

export function writeBackupKeyFile(copy: string, file: KeyFile) {
  const value: BackupKeyFile = { format: 'binome-backup-key', version: 1, keyId: file.keyId, phrase: file.phrase };
  writeJsonAtomically(backupKeyPath(copy), value);
}

export function removeBackupKeyFile(copy: string) {
  rmSync(backupKeyPath(copy), { force: true });
}

export const hasKeyFile = (dataDir: string) => existsSync(keyFilePath(dataDir));
