import { describe, expect, it } from 'vitest';
import { parseDocumentCode, sealCode, sealPrefix, sessionSealHash, type SealedEvent, type SealedSession } from '../../../shared/records/seal';

const session: SealedSession = { id: 's1', personId: 'p1', mandateId: 'm1', helper: 'Camille', startedAt: 1_000, closedAt: 9_000, outcome: 'completed', recap: 'Voici le résumé.' };
const events: SealedEvent[] = [
  { seq: 1, type: 'session_started', at: 1_000, payload: '{"mandateStatus":"valid"}' },
  { seq: 2, type: 'note_added', at: 2_000, payload: '{"text":"Imprimante branchée"}' },
  { seq: 3, type: 'session_closed', at: 9_000, payload: '{"outcome":"completed"}' },
];

describe('session seal', () => {
  it('changes with any event, any summary field, the order of events', () => {
    const base = sessionSealHash(session, events);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionSealHash(session, events)).toBe(base);
    const changed = [
      sessionSealHash({ ...session, outcome: 'partial' }, events),
      sessionSealHash({ ...session, helper: 'Camille B.' }, events),
      sessionSealHash({ ...session, recap: 'Voici le résumé' }, events),
      sessionSealHash(session, [events[0]!, { ...events[1]!, payload: '{"text":"Imprimante branchée."}' }, events[2]!]),
      sessionSealHash(session, [events[1]!, events[0]!, events[2]!]),
      sessionSealHash(session, events.slice(0, 2)),
    ];
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });

  it('reads as three groups of four unambiguous characters and parses back to its prefix', () => {
    const hash = sessionSealHash(session, events);
    const code = sealCode(hash);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(sealPrefix(code)).toBe(hash.slice(0, 15));
    expect(parseDocumentCode(code)).toEqual({ kind: 'seal', code, prefix: hash.slice(0, 15) });
    // Typed over the phone: spaces, lower case, O for zero, I or L for one.
    const spoken = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseDocumentCode(spoken)).toEqual({ kind: 'seal', code, prefix: hash.slice(0, 15) });
  });

  it('tells a mandate attestation code from a seal code, and refuses anything else', () => {
    expect(parseDocumentCode('AB12-CD34-EF')).toEqual({ kind: 'attestation', prefix: 'ab12cd34ef' });
    expect(parseDocumentCode('ab12 cd34 ef')).toEqual({ kind: 'attestation', prefix: 'ab12cd34ef' });
    for (const bad of ['', 'AB12', 'AB12-CD34-EF-0', 'UUUU-UUUU-UUUU', 'AB12-CD34-EG']) expect(parseDocumentCode(bad)).toBeNull();
  });
});
