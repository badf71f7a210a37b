import { describe, expect, it } from 'vitest';
import { recordConsent } from '../../../shared/mandate/consent';
import { createMandate } from '../../../shared/mandate/create';
import { revokeMandate } from '../../../shared/mandate/revoke';
import { activeScopeItems, daysLeft, isItemRevoked, mandateStatus } from '../../../shared/mandate/status';
import { draftInput, meta, signedMandate, unwrap } from './fixtures';

// Valid 1 March to 31 August 2025 inclusive.
const m = signedMandate();

describe('mandateStatus at date boundaries', () => {
  it.each([
    ['2025-02-28', 'upcoming'],
    ['2025-03-01', 'active'],
    ['2025-08-12', 'active'],
    ['2025-08-13', 'expiring'],
    ['2025-08-31', 'expiring'],
    ['2025-09-01', 'expired'],
  ] as const)('%s → %s', (today, status) => {
    expect(mandateStatus(m, today)).toBe(status);
  });

  it('is expiring a tenth of its 184 days before the end (18 days), active the day before that', () => {
    expect(daysLeft(m, '2025-08-13')).toBe(18);
    expect(mandateStatus(m, '2025-08-13')).toBe('expiring');
    expect(mandateStatus(m, '2025-08-12')).toBe('active');
  });

  it('takes the most days of warning from the options', () => {
    expect(mandateStatus(m, '2025-08-13', { expiringDays: 7 })).toBe('active');
    expect(mandateStatus(m, '2025-08-24', { expiringDays: 7 })).toBe('expiring');
    expect(mandateStatus(m, '2025-08-23', { expiringDays: 7 })).toBe('active');
    expect(mandateStatus(m, '2025-08-31', { expiringDays: 0 })).toBe('expiring');
    expect(mandateStatus(m, '2025-08-30', { expiringDays: 0 })).toBe('active');
  });

  it('a one-day mandate is valid on that day only', () => {
    const oneDay = signedMandate({ validity: { kind: 'preset', preset: '1d', start: '2025-03-12' } });
    expect(['2025-03-11', '2025-03-12', '2025-03-13'].map((d) => mandateStatus(oneDay, d, { expiringDays: 0 }))).toEqual(['upcoming', 'expiring', 'expired']);
  });

  it('a draft stays a draft, an oral consent leaves it unsigned', () => {
    const draft = unwrap(createMandate(draftInput(), meta()));
    expect(mandateStatus(draft, '2025-04-01')).toBe('draft');
    const oral = unwrap(recordConsent(draft, { method: 'oral', recordedAt: '2025-02-27T15:00:00Z' }));
    expect(mandateStatus(oral, '2025-04-01')).toBe('unsigned');
    expect(mandateStatus(oral, '2025-09-01')).toBe('expired');
  });
});

describe('revocation', () => {
  it('a whole revocation takes effect on its date', () => {
    const revoked = unwrap(revokeMandate(m, { scope: 'whole', date: '2025-05-10', reason: 'La personne a déménagé.' }));
    expect(mandateStatus(revoked, '2025-05-09')).toBe('active');
    expect(mandateStatus(revoked, '2025-05-10')).toBe('revoked');
    // Revocation wins over expiry: the record says it was withdrawn, not that it ran out.
    expect(mandateStatus(revoked, '2025-12-01')).toBe('revoked');
  });

  it('withdrawing one action leaves the others active', () => {
    const partial = unwrap(revokeMandate(m, { scope: 'item', itemId: 'item-2', date: '2025-05-10', reason: 'Plus besoin.' }));
    expect(mandateStatus(partial, '2025-05-10')).toBe('active');
    expect(isItemRevoked(partial, 'item-2', '2025-05-10')).toBe(true);
    expect(isItemRevoked(partial, 'item-2', '2025-05-09')).toBe(false);
    expect(isItemRevoked(partial, 'item-1', '2025-05-10')).toBe(false);
    expect(activeScopeItems(partial, '2025-05-10').map((i) => i.id)).toEqual(['item-1', 'item-3']);
  });

  it('withdrawing every action one by one revokes the mandate', () => {
    let current = m;
    for (const item of m.scopeItems) {
      current = unwrap(revokeMandate(current, { scope: 'item', itemId: item.id, date: '2025-05-10', reason: 'Fini.' }));
    }
    expect(mandateStatus(current, '2025-05-10')).toBe('revoked');
  });
});
