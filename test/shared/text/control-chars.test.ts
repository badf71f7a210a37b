import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ErasePersonInput } from '../../../shared/erasure/calls';
import { exportCalls } from '../../../shared/export/calls';
import { historyCalls } from '../../../shared/history/calls';
import { MandateDraftInput, PaperConsent, TypedConsent } from '../../../shared/mandate/schema';
import { PersonCreate } from '../../../shared/persons/schema';
import { backupsCalls } from '../../../shared/records/backups';
import { recoveryCalls } from '../../../shared/records/recovery';
import { SettingsPatch } from '../../../shared/settings/schema';
import { hasNoControlChars } from '../../../shared/text/control-chars';
import { draftInput } from '../mandate/fixtures';

const NAME = 'input.controlChars';
const PATH = 'input.pathControlChars';

/** One of each kind, placed inside the text (a leading or trailing one is trimmed away by the schemas). */
const HIDDEN = {
  nul: '\u0000',
  tab: '\t',
  lineFeed: '\n',
  escape: '\u001b',
  delete: '\u007f',
  c1NextLine: '\u0085',
  c1Csi: '\u009b',
  lineSeparator: '\u2028',
  paragraphSeparator: '\u2029',
  leftToRightEmbedding: '\u202a',
  rightToLeftOverride: '\u202e',
  leftToRightIsolate: '\u2066',
  popDirectionalIsolate: '\u2069',
};

function messages(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('control characters', () => {
  it('the predicate finds each kind and lets ordinary French text through', () => {
    for (const [kind, char] of Object.entries(HIDDEN)) expect(hasNoControlChars(`Hélène${char}Martin`), kind).toBe(false);
    for (const ok of ['Hélène Martin-Dupré', 'Jean‑Noël d’Arc', 'Œuvre « Les Binômes »', 'Zoë 😀', 'C:\\Users\\léa\\Clé USB', '/media/clé/Sauvegardes'])
      expect(hasNoControlChars(ok), ok).toBe(true);
  });

  it('a person’s name with any of them is refused in French', () => {
    for (const [kind, char] of Object.entries(HIDDEN)) {
      expect(messages(PersonCreate, { name: `Hélène${char}Martin` }), kind).toEqual([NAME]);
    }
    expect(messages(PersonCreate, { name: 'Hélène Martin' })).toEqual([]);
    // Notes are free text on several lines: line breaks stay allowed there.
    expect(messages(PersonCreate, { name: 'Hélène Martin', notes: 'Ligne 1\nLigne 2' })).toEqual([]);
  });

  it('names and one-line texts of the mandate, the signatures and the settings refuse them', () => {
    const evil = 'Camille\u202eeniltnO';
    expect(messages(MandateDraftInput, draftInput({ helperName: evil }))).toEqual([NAME]);
    expect(messages(MandateDraftInput, draftInput({ place: 'Nan\ntes' }))).toEqual([NAME]);
    expect(messages(MandateDraftInput, draftInput({ scopeItems: [{ label: 'Installer\u2066 une imprimante' }] }))).toEqual([NAME]);
    expect(messages(MandateDraftInput, draftInput({ exclusions: ['Aucune\topération bancaire'] }))).toEqual([NAME]);
    expect(messages(MandateDraftInput, draftInput({ tools: ['Assistance\u0085rapide'] }))).toEqual([NAME]);
    expect(messages(MandateDraftInput, draftInput())).toEqual([]);
    const typed = { method: 'typed', personTypedName: 'Hélène Martin', helperTypedName: 'Camille Martin', ticked: true, signedAt: '2025-03-01T10:00:00+01:00' };
    expect(messages(TypedConsent, { ...typed, personTypedName: 'Hélène\u202eMartin' })).toEqual([NAME]);
    expect(messages(TypedConsent, typed)).toEqual([]);
    expect(messages(PaperConsent, { method: 'paper', signedOn: '2025-03-01', originalKeptBy: 'L’asso\u2029ciation' })).toEqual([NAME]);
    expect(messages(SettingsPatch, { helperName: 'Camille\u0000' + 'Martin' })).toEqual([NAME]);
    expect(messages(SettingsPatch, { associationName: 'Les\u202aBinômes' })).toEqual([NAME]);
    expect(messages(SettingsPatch, { associationAddress: '12 rue\nX' })).toEqual([NAME]);
    expect(messages(SettingsPatch, { rightsContact: 'rgpd@\u202easso.fr' })).toEqual([NAME]);
    expect(messages(ErasePersonInput, { id: '01890a5d-ac96-774b-bcce-b302099a8057', confirmName: 'Hélène\u2028Martin' })).toEqual([NAME]);
    expect(messages(historyCalls.listHistory.input, { filters: { helperName: 'Camille\u001bMartin' } })).toEqual([NAME]);
  });

  it('file and folder paths refuse them', () => {
    expect(messages(backupsCalls.createBackup.input, { folder: { path: '/media/clé\n/Sauvegardes' } })).toEqual([PATH]);
    expect(messages(backupsCalls.createBackup.input, { folder: { path: '/media/clé/Sauvegardes' } })).toEqual([]);
    expect(messages(recoveryCalls.restoreBackup.input, { source: { path: '/media/clé/binome-\u202egpj.sqlite' } })).toEqual([PATH]);
    const exportInput = exportCalls.exportPersonToFolder.input;
    expect(messages(exportInput, { personId: '01890a5d-ac96-774b-bcce-b302099a8057', folder: { path: 'E:\\Exports\u0000' + 'x' } })).toEqual([PATH]);
  });
});
