import { describe, expect, it } from 'vitest';
import { checkMandates, type MandateCheck } from '../../../shared/mandate/check';
import { ENGLISH_CATALOGUE } from '../../../shared/messages/en';
import { formatMessage, frenchText } from '../../../shared/messages/format';
import { recordConsent } from '../../../shared/mandate/consent';
import { createMandate } from '../../../shared/mandate/create';
import { revokeMandate } from '../../../shared/mandate/revoke';
import { draftInput, drawn, meta, signedMandate, unwrap } from './fixtures';

const march = { kind: 'dates', start: '2025-03-01', end: '2025-03-31' } as const;
const year = { kind: 'dates', start: '2025-03-01', end: '2026-02-28' } as const;

/** The check as the French UI reads it: its keyed sentence written out in French. */
function said(c: MandateCheck) {
  const { key: _key, params: _params, ...rest } = c;
  return { ...rest, message: frenchText(c) };
}
const check = (...args: Parameters<typeof checkMandates>) => said(checkMandates(...args));

describe('checkMandates', () => {
  it('says there is none when the person has no mandate', () => {
    expect(check([], '2025-03-10')).toEqual({
      status: 'none',
      message: 'Aucun mandat pour cette personne : faites signer un mandat avant la séance.',
      canStart: false,
    });
  });

  it('lets a session start under a valid mandate', () => {
    const m = signedMandate({ validity: year }, { id: 'a' });
    expect(check([m], '2025-03-10')).toEqual({ status: 'valid', mandateId: 'a', canStart: true, message: 'Mandat valide jusqu’au 28 février 2026 inclus.' });
  });

  it('warns when the end is near, in proportion to the mandate and at most the configured delay', () => {
    const m = signedMandate({ validity: year }, { id: 'a' });
    expect(check([m], '2026-02-07')).toMatchObject({ status: 'expiring', canStart: true, message: expect.stringContaining('dans 21 jours, le 28 février 2026') });
    expect(check([m], '2026-02-07', { expiringDays: 7 }).status).toBe('valid');
    // A 1-month mandate is not « bientôt expiré » on its first days, only in its last few.
    const month = signedMandate({ validity: march }, { id: 'b' });
    expect(check([month], '2025-03-01').status).toBe('valid');
    expect(check([month], '2025-03-27').status).toBe('valid');
    expect(check([month], '2025-03-28').message).toContain('dans 3 jours, le 31 mars 2025');
    expect(check([month], '2025-03-30').message).toContain('demain, le 31 mars 2025');
    expect(check([month], '2025-03-31').message).toContain('ce soir');
  });

  it('refuses an expired, upcoming, oral-only or draft mandate', () => {
    const m = signedMandate({ validity: march }, { id: 'a' });
    expect(check([m], '2025-04-01')).toEqual({
      status: 'expired',
      mandateId: 'a',
      canStart: false,
      message: 'Le mandat a pris fin le 31 mars 2025 : faites signer un nouveau mandat avant la séance.',
    });
    expect(check([m], '2025-02-28')).toMatchObject({ status: 'upcoming', canStart: false, message: expect.stringContaining('1er mars 2025') });
    const draft = unwrap(createMandate(draftInput(), meta({ id: 'd' })));
    expect(check([draft], '2025-03-10')).toMatchObject({ status: 'unsigned', mandateId: 'd', canStart: false, message: expect.stringContaining('pas encore signé') });
    const oral = unwrap(recordConsent(draft, { method: 'oral', recordedAt: '2025-02-27T15:00:00Z' }));
    expect(check([oral], '2025-03-10')).toMatchObject({ status: 'unsigned', canStart: false, message: expect.stringContaining('qu’à l’oral') });
  });

  it('reports a revocation with its date', () => {
    const m = unwrap(revokeMandate(signedMandate({ validity: year }, { id: 'a' }), { scope: 'whole', date: '2025-05-02', reason: 'Décès du conjoint, ne souhaite plus.' }));
    expect(check([m], '2025-05-02')).toEqual({
      status: 'revoked',
      mandateId: 'a',
      canStart: false,
      message: 'Le mandat a été révoqué le 2 mai 2025 : une nouvelle séance demande un nouveau mandat.',
    });
  });

  it('prefers a valid mandate over an expired, revoked or draft one', () => {
    const expired = signedMandate({ validity: { kind: 'dates', start: '2024-03-01', end: '2025-02-28' } }, { id: 'old' });
    const revoked = unwrap(revokeMandate(signedMandate({ validity: year }, { id: 'rev' }), { scope: 'whole', date: '2025-03-02', reason: 'Erreur.' }));
    const valid = signedMandate({ validity: year }, { id: 'good' });
    const draft = unwrap(createMandate(draftInput(), meta({ id: 'draft' })));
    for (const order of [[expired, revoked, valid, draft], [draft, valid, revoked, expired]]) {
      expect(check(order, '2025-03-10')).toMatchObject({ status: 'valid', mandateId: 'good' });
    }
  });

  it('among valid mandates, picks the one lasting longest', () => {
    const short = signedMandate({ validity: march }, { id: 'short' });
    const long = signedMandate({ validity: year }, { id: 'long' });
    expect(check([short, long], '2025-03-10').mandateId).toBe('long');
    expect(check([long, short], '2025-03-10').mandateId).toBe('long');
  });

  it('with nothing usable, points at the signature that is missing before history', () => {
    const expired = signedMandate({ validity: { kind: 'dates', start: '2024-03-01', end: '2025-02-28' } }, { id: 'old' });
    const draft = unwrap(createMandate(draftInput({ validity: year }), meta({ id: 'new' })));
    expect(check([expired, draft], '2025-03-10')).toMatchObject({ status: 'unsigned', mandateId: 'new' });
  });

  it('with only history, reports the most recent ending', () => {
    const expiredLongAgo = signedMandate({ validity: { kind: 'dates', start: '2024-01-01', end: '2024-06-30' } }, { id: 'old' }, drawn('2023-12-20T10:00:00.000Z'));
    const revokedLater = unwrap(
      revokeMandate(signedMandate({ validity: { kind: 'dates', start: '2024-07-01', end: '2025-06-30' } }, { id: 'rev' }, drawn('2024-06-20T10:00:00.000Z')), {
        scope: 'whole',
        date: '2025-01-15',
        reason: 'Ne souhaite plus.',
      }),
    );
    expect(check([expiredLongAgo, revokedLater], '2025-03-10')).toMatchObject({ status: 'revoked', mandateId: 'rev' });
    const expiredRecently = signedMandate({ validity: { kind: 'dates', start: '2024-03-01', end: '2025-02-28' } }, { id: 'recent' });
    expect(check([revokedLater, expiredRecently], '2025-03-10')).toMatchObject({ status: 'expired', mandateId: 'recent' });
  });

  it('mentions withdrawn actions on a valid mandate', () => {
    const m = unwrap(revokeMandate(signedMandate({ validity: year }), { scope: 'item', itemId: 'item-1', date: '2025-03-05', reason: 'Fait.' }));
    expect(check([m], '2025-03-10')).toMatchObject({ status: 'valid', canStart: true, message: expect.stringContaining('Une action a été retirée du mandat.') });
  });

  it('keys its sentence, with the dates as days each language writes its own way', () => {
    const m = signedMandate({ validity: { kind: 'dates', start: '2024-04-01', end: '2025-03-31' } }, { id: 'a' });
    const expiring = checkMandates([m], '2025-03-10');
    expect(expiring).toMatchObject({
      key: 'mandateCheck.expiring',
      params: { when: { key: 'mandateCheck.endsInDays', params: { days: 21, end: { day: '2025-03-31' } } }, withdrawn: '' },
    });
    expect(formatMessage(expiring, ENGLISH_CATALOGUE)).toBe('Mandate valid, it ends in 21 days, on 31 March 2025: remember to renew it if more sessions are planned.');
    const upcoming = signedMandate({ validity: march }, { id: 'b' });
    expect(formatMessage(checkMandates([upcoming], '2025-02-28'), ENGLISH_CATALOGUE)).toBe('The mandate only starts on 1 March 2025: no session before that date.');
    expect(frenchText(checkMandates([upcoming], '2025-02-28'))).toBe('Le mandat ne commence que le 1er mars 2025 : pas de séance avant cette date.');
  });
});
