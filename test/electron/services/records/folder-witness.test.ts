import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { FOLDER_WITNESS_FILE } from '../../../../electron/services/records/folder-witness';
import { frenchText } from '../../../../shared/messages/format';
import type { IntegrityReport } from '../../../../shared/records/calls';
import { call, openServices, person, session } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';

/**
 * Review finding H3, without the key: the live file replaced by an older backup with the newer
 * backups removed, or the newest backup's sidecar deleted or broken, or the folder witness
 * deleted, edited or swapped for an older one. Each must be found at start-up and named.
 */
const tempDir = useTempDirs();
const T0 = Date.parse('2026-03-02T10:00:00Z');
const HOUR = 3_600_000;

const kinds = (r: IntegrityReport) => r.findings.map((f) => f.kind);
const backups = (dir: string) => readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.sqlite')).sort();

/** A person and a backup, then another person and a newer backup; the app stopped. */
async function twoBackups(dir: string) {
  const clock = { now: T0 };
  const s = openServices(dir, clock);
  await session(s, await person(s, 'Rose Petit'), ['Imprimante installée']);
  await call(s, 'createBackup', { folder: null });
  const witnessAfterFirst = readFileSync(join(dir, FOLDER_WITNESS_FILE), 'utf8');
  clock.now += HOUR;
  await person(s, 'Personne Ajoutée');
  await call(s, 'createBackup', { folder: null });
  s.close();
  const [older, newer] = backups(dir).slice(-2) as [string, string];
  return { clock, older, newer, witnessAfterFirst };
}

async function startup(dir: string, now: number) {
  const s = openServices(dir, { now });
  const r = await call(s, 'getStartupIntegrity', {});
  const persons = (await call(s, 'listPersons', {})).map((p) => p.name);
  s.close();
  return { r, persons, said: r.findings.map(frenchText).join('\n') };
}

describe('the folder witness and the newest backup', () => {
  it('an older backup copied over the live file, the newer backup removed: the backup gone and the heads lost are named', async () => {
    const dir = tempDir();
    const { clock, older, newer } = await twoBackups(dir);
    copyFileSync(join(dir, 'backups', older), join(dir, DB_FILE_NAME));
    rmSync(join(dir, `${DB_FILE_NAME}-wal`), { force: true });
    rmSync(join(dir, `${DB_FILE_NAME}-shm`), { force: true });
    for (const f of [newer, `${newer}.check.json`, `${newer}.key.json`]) rmSync(join(dir, 'backups', f), { force: true });

    const { r, persons, said } = await startup(dir, clock.now + HOUR);
    expect(persons).not.toContain('Personne Ajoutée');
    expect(r.ok).toBe(false);
    expect(kinds(r)).toEqual(expect.arrayContaining(['backup_missing', 'backup_behind']));
    expect(said).toMatch(/La sauvegarde du 2 mars 2026 \(binome-.*-manual\.sqlite\), la plus récente que Binôme a faite, a disparu du dossier des sauvegardes/);

    // The witness deleted as well: the rolled-back file still records the backup made before it.
    rmSync(join(dir, FOLDER_WITNESS_FILE));
    const again = await startup(dir, clock.now + 2 * HOUR);
    expect(kinds(again.r)).toEqual(['witness_missing']);
    expect(again.said).toMatch(/Le témoin des sauvegardes \(binome\.witness\.json\) a disparu, alors que la base enregistre une sauvegarde du 2 mars 2026/);
  });

  it('the newest backup’s sidecar deleted or broken is a finding, never a quiet fallback to an older copy', async () => {
    const dir = tempDir();
    const { clock, newer } = await twoBackups(dir);
    const sidecar = join(dir, 'backups', `${newer}.check.json`);
    const kept = readFileSync(sidecar, 'utf8');
    rmSync(sidecar);
    const gone = await startup(dir, clock.now + HOUR);
    expect(kinds(gone.r)).toEqual(['backup_sidecar_missing']);
    expect(gone.said).toMatch(/La fiche de contrôle \(\.check\.json\) de la sauvegarde la plus récente \(binome-.*\) manque ou est illisible/);
    writeFileSync(sidecar, kept.slice(0, 40));
    expect(kinds((await startup(dir, clock.now + 2 * HOUR)).r)).toEqual(['backup_sidecar_missing']);
    writeFileSync(sidecar, kept);
    expect((await startup(dir, clock.now + 3 * HOUR)).r.ok).toBe(true);
  });

  it('a witness edited (no key to seal it) or an older one put back is named', async () => {
    const dir = tempDir();
    const { clock, witnessAfterFirst } = await twoBackups(dir);
    const path = join(dir, FOLDER_WITNESS_FILE);
    const current = JSON.parse(readFileSync(path, 'utf8')) as { heads: Record<string, { rows: number }> };
    writeFileSync(path, JSON.stringify({ ...current, heads: {} }));
    const edited = await startup(dir, clock.now + HOUR);
    expect(kinds(edited.r)).toEqual(['witness_broken']);
    expect(edited.said).toMatch(/ne porte pas le sceau de la clé des données/);
    writeFileSync(path, witnessAfterFirst);
    expect(kinds((await startup(dir, clock.now + 2 * HOUR)).r)).toEqual(['witness_missing']);
  });

  it('what Binôme does itself raises nothing: backups made, data folder reopened, a backup after many writes', async () => {
    const dir = tempDir();
    const { clock } = await twoBackups(dir);
    const s = openServices(dir, { now: clock.now + HOUR });
    expect((await call(s, 'getStartupIntegrity', {})).ok).toBe(true);
    await person(s, 'Troisième Personne');
    await call(s, 'createBackup', { folder: null });
    expect(await call(s, 'verifyIntegrity', {})).toMatchObject({ ok: true, findings: [] });
    s.close();
    expect((await startup(dir, clock.now + 2 * HOUR)).r.ok).toBe(true);
  });
});
