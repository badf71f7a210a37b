import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

const CLI = join(process.cwd(), 'scripts', 'scope-guard.ts');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD_1 = JSON.stringify({ id: 'r1', scope: ["Installer l'imprimante HP du salon"], exclusions: [], request: 'imprimante marche pu' });
const GOOD_2 = JSON.stringify({ id: 2, scope: ['Créer une adresse Gmail'], exclusions: ['Aucun achat'], request: 'mdp de la boite mail' });
const GOOD_3 = JSON.stringify({ id: 'r4', scope: ['Sauvegarder les photos sur une clé USB'], exclusions: [], request: 'envoyer les photos par mail' });
const LINES = [GOOD_1, '', 'this is not json', JSON.stringify({ id: 'r3', scope: 'pas une liste', exclusions: [], request: 'x' }), JSON.stringify({ scope: [], exclusions: [] }), '[1, 2]', GOOD_2, '   '];

describe('scope guard: batch CLI', () => {
  it('prints one JSON line per non-empty input line, verdicts and errors alike', () => {
    const dir = tempDir();
    const file = join(dir, 'requests.jsonl');
    writeFileSync(file, LINES.join('\n'));
    const { status, stdout, stderr } = run(['--batch', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({
      id: 'r1',
      verdict: 'in_scope',
      matchedScope: "Installer l'imprimante HP du salon",
      evidence: { matched: [{ words: 'imprimante', item: "Installer l'imprimante HP du salon" }], uncovered: [], flagged: [] },
    });
    expect(out[1]).toMatchObject({ id: null, line: 3, error: expect.stringContaining('JSON') });
    expect(out[2]).toMatchObject({ id: 'r3', line: 4, error: expect.stringContaining('scope') });
    expect(out[3]).toMatchObject({ id: null, line: 5, error: expect.any(String) });
    expect(out[4]).toMatchObject({ id: null, line: 6, error: expect.any(String) });
    expect(out[5]).toEqual({ id: 2, verdict: 'sensitive', matchedScope: null, sensitiveKind: 'password', evidence: { matched: [], uncovered: [], flagged: ['mdp'] } });
  });

  it('prints what an item does not cover', () => {
    const { stdout } = run(['--batch', '-'], `${GOOD_3}\n`);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'r4', verdict: 'check', matchedScope: 'Sauvegarder les photos sur une clé USB', why: 'action', evidence: { uncovered: ['envoyer', 'par mail'] } });
  });

  it('reads standard input with -', () => {
    const { status, stdout } = run(['--batch', '-'], `${GOOD_1}\n${GOOD_2}\n`);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: unknown }).id)).toEqual(['r1', 2]);
  });

  it('exits 2 with a message on stderr when the file cannot be read', () => {
    const { status, stdout, stderr } = run(['--batch', '/nonexistent/requests.jsonl']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot read/);
  });
});
