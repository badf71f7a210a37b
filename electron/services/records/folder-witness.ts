import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { deriveKey, keyIdOf, type DataKey } from '../keys/data-key';
import { writeJsonAtomically } from '../keys/key-file';
import { NewestBackup } from './folder-facts';
import { Witness } from './witness';

export const FOLDER_WITNESS_FILE = 'binome.witness.json';

const Body = z.object({
  version: z.literal(1),
  /** The data key it was made with (its public id): another key's witness says nothing here. */
  keyId: z.string(),
  writtenAt: z.number().int(),
  /** The newest rolling backup when it was written, and the chains' heads that copy holds. */
  backup: NewestBackup,
  heads: Witness.shape.heads,
});
export type FolderWitnessBody = z.infer<typeof Body>;
const Stored = Body.extend({ mac: z.string().regex(/^[0-9a-f]{64}$/) });

export type FolderWitnessRead = { status: 'missing' } | { status: 'broken' } | { status: 'ok'; body: FolderWitnessBody };

/** Removed when Binôme itself starts over with empty data: the witness belonged to the data moved aside. */
export function removeFolderWitness(dataDir: string): void {
  rmSync(join(dataDir, FOLDER_WITNESS_FILE), { force: true });
}

/**
 * The folder witness (review finding H3): a small file beside the database, rewritten after
 * each rolling backup, naming that backup and the chains' heads it holds, with an HMAC keyed
 * by a key derived from the data key. It lives outside the database, so a database replaced
 * by an older copy (with the newer backups deleted) still meets the heads it lost; it cannot
 * be forged without the data key; and the database records the newest backup too
 * (folder_facts), so deleting the witness, or putting an older one back, shows as well.
 * What it cannot tell: every file of the folder put back together from an earlier day.
 */
export function createFolderWitness(dataDir: string, key: DataKey) {
  const path = join(dataDir, FOLDER_WITNESS_FILE);
  const macKey = deriveKey(key, 'folder-witness');
  const keyId = keyIdOf(key);
  const macOf = (body: FolderWitnessBody) => createHmac('sha256', macKey).update(`binome-folder-witness-v1\n${JSON.stringify(Body.parse(body))}`).digest('hex');

  return {
    write(backup: NewestBackup, heads: FolderWitnessBody['heads'], at: number): void {
      const body: FolderWitnessBody = { version: 1, keyId, writtenAt: at, backup, heads };
      writeJsonAtomically(path, { ...body, mac: macOf(body) });
    },
    read(): FolderWitnessRead {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { status: 'missing' } : { status: 'broken' };
      }
      try {
        const stored = Stored.safeParse(JSON.parse(text));
        if (!stored.success || stored.data.keyId !== keyId) return { status: 'broken' };
        const { mac, ...body } = stored.data;
        const expected = macOf(body);
        return timingSafeEqual(Buffer.from(expected), Buffer.from(mac)) ? { status: 'ok', body } : { status: 'broken' };
      } catch {
        return { status: 'broken' };
      }
    },
  };
}

export type FolderWitness = ReturnType<typeof createFolderWitness>;
