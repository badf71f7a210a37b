import { describe, expect, it } from 'vitest';
import { historyCalls } from '../../../shared/history/calls';
import { zodToAppError } from '../../../shared/ipc/zod-errors';
import { describeMandateEvent, type MandateEvent } from '../../../shared/mandate/journal';
import { ENGLISH_CATALOGUE } from '../../../shared/messages/en';
import { formatMessage, frenchText, type MessageLike } from '../../../shared/messages/format';
import { PersonCreate } from '../../../shared/persons/schema';
import { applyCommand, type SessionCommand } from '../../../shared/session';
import { MIN, started, walkTo } from '../session/driver';

const english = (m: MessageLike) => formatMessage(m, ENGLISH_CATALOGUE);

function zodFailure(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  return zodToAppError(r.error as Parameters<typeof zodToAppError>[0]);
}


/** No-break spaces read as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a zod failure becomes keyed field errors', () => {
  it('keys each field with the schema’s own message, the first one on the error itself', () => {
    const error = zodFailure(PersonCreate, { name: '   ', phone: 'abc#', notes: 'x'.repeat(4001) });
    expect(error).toEqual({
      code: 'invalid_input',
      key: 'persons.nameRequired',
      message: 'Le nom est obligatoire.',
      fields: {
        name: { key: 'persons.nameRequired' },
        phone: { key: 'persons.phoneCharacters' },
        notes: { key: 'persons.notesTooLong' },
      },
    });
    expect(english(error.fields!.name!)).toBe('The name is required.');
    expect(english(error.fields!.phone!)).toBe('The phone number may only hold digits, spaces and the signs + ( ) . -, nothing else.');
  });

  it('fills {{maximum}} from the bound the schema states', () => {
    const error = zodFailure(historyCalls.searchHistory.input, { text: 'x'.repeat(201) });
    expect(error.fields).toEqual({ text: { key: 'history.searchTooLong', params: { maximum: 200 } } });
    expect(error.message).toBe('La recherche fait 200 caractères au plus.');
    expect(english(error.fields!.text!)).toBe('The search is 200 characters at most.');
  });

  it('replaces zod’s own English messages by the generic key', () => {
    const error = zodFailure(PersonCreate, { name: 'Hélène', surprise: true });
    expect(error).toMatchObject({ key: 'input.invalid', message: 'Les données envoyées ne sont pas valides.', fields: { _: { key: 'input.invalid' } } });
  });
});

describe('a step-machine refusal carries a key and its params', () => {
  it('names the mandate problem as a nested message and the minimum as a number', () => {
    const d = started('expired');
    const r = applyCommand(d.state, { type: 'next' }, d.now);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        key: 'steps.mandateRequired',
        params: { problem: { key: 'steps.mandateExpired' }, minimum: 5 },
        message: 'Le mandat a pris fin. Faites signer un mandat valide, ou indiquez pourquoi vous continuez sans (5 caractères au moins). Sinon, interrompez la séance.',
      },
    });
    if (!r.ok) {
      expect(english(r.error as MessageLike)).toBe(
        'The mandate has ended. Have a valid mandate signed, or say why you go on without one (5 characters at least). Otherwise, interrupt the session.',
      );
    }
  });

  it('lists what is missing before closing, quoted the way each language quotes', () => {
    const d = walkTo(started(), 'closing');
    d.tick(MIN).run({ type: 'check_hygiene', itemId: 'nothing_open', checked: true });
    const refusal = d.refusal({ type: 'close', outcome: 'completed' } satisfies SessionCommand);
    expect(refusal.key).toBe('steps.hygieneMissing');
    expect(refusal.message).toBe('Avant de clôturer, cochez la liste de fin de séance. Il manque : « aucun mot de passe gardé », « fichiers téléchargés supprimés ».');
    expect(english(refusal as MessageLike)).toBe('Before closing, tick the end-of-session list. Missing: “no password kept”, “downloaded files deleted”.');
  });

  it('names a step by its title, a message of its own in the helper’s language', () => {
    const d = started();
    const refusal = d.refusal({ type: 'grant_control' });
    expect(refusal).toMatchObject({ key: 'steps.controlHere', params: { step: { key: 'stepTitle.control' } } });
    expect(refusal.message).toBe('La prise de contrôle se fait à l’étape «\u00a0Prise de contrôle\u00a0» : revenez-y.');
    expect(english(refusal as MessageLike)).toBe('Taking control happens at the “Taking control” step: go back there.');
  });
});

describe('a journal entry is data, written in the reader’s language', () => {
  const at = '2025-03-01T10:00:00.000Z';
  const printed: MandateEvent = { kind: 'printed', mandateId: 'm', at, payload: { document: 'revocation_form', copies: 2 } };
  const signed: MandateEvent = { kind: 'signed', mandateId: 'm', at, payload: { method: 'typed', signedOn: '2025-03-01', attestationHash: 'a'.repeat(64) } };
  const withdrawn: MandateEvent = {
    kind: 'item_revoked',
    mandateId: 'm',
    at,
    payload: { itemId: 'item-1', itemLabel: 'Installer l’imprimante', date: '2025-03-02', reason: 'Fait par sa fille.' },
  };

  it('in French and in English, the person’s own words unchanged', () => {
    expect(describeMandateEvent(printed)).toEqual({ key: 'mandateJournal.printedMany', params: { document: { key: 'mandateJournal.documentRevocationForm' }, copies: 2 } });
    expect(frenchText(describeMandateEvent(printed))).toBe('Formulaire de retrait imprimé (2 exemplaires).');
    expect(english(describeMandateEvent(printed))).toBe('Withdrawal form printed (2 copies).');
    expect(frenchText(describeMandateEvent(signed))).toBe('Mandat signé (nom tapé et case cochée).');
    expect(english(describeMandateEvent(signed))).toBe('Mandate signed (name typed and box ticked).');
    expect(plain(frenchText(describeMandateEvent(withdrawn)))).toBe('Action retirée : « Installer l’imprimante ». Motif : Fait par sa fille.');
    expect(english(describeMandateEvent(withdrawn))).toBe('Action withdrawn: “Installer l’imprimante”. Reason: Fait par sa fille.');
    const byPhone: MandateEvent = { ...withdrawn, payload: { itemId: 'item-1', itemLabel: 'Installer l’imprimante', date: '2025-03-02', channel: 'phone', time: '14:05' } };
    expect(plain(frenchText(describeMandateEvent(byPhone)))).toBe('Action retirée : « Installer l’imprimante », par téléphone, le 2 mars 2025 à 14 h 05. Sans motif donné.');
    expect(english(describeMandateEvent(byPhone))).toBe('Action withdrawn: “Installer l’imprimante”, by phone, on 2 March 2025 at 14 h 05. No reason given.');
  });

  it('says one copy in the singular', () => {
    expect(frenchText(describeMandateEvent({ ...printed, payload: { document: 'mandate', copies: 1 } }))).toBe('Mandat imprimé (1 exemplaire).');
  });
});

describe('formatMessage', () => {
  it('writes a day in each language, leaves a missing placeholder visible and shows an unknown key as itself', () => {
    expect(frenchText({ key: 'mandateCheck.expired', params: { end: { day: '2026-03-01' } } })).toBe(
      'Le mandat a pris fin le 1er mars 2026 : faites signer un nouveau mandat avant la séance.',
    );
    expect(english({ key: 'mandateCheck.expired', params: { end: { day: '2026-03-01' } } })).toBe('The mandate ended on 1 March 2026: have a new mandate signed before the session.');
    expect(frenchText({ key: 'mandateCheck.expired' })).toContain('le {{end}} :');
    expect(frenchText({ key: 'nope.unknown' })).toBe('nope.unknown');
  });
});
