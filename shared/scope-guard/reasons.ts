import { msg, type Message, type MessageKey } from '../messages/message';
import type { SensitiveKind } from './thesaurus';

/** The short sentences shown to the helper beside each verdict, keyed (shared/messages/fr/records.ts). */

const SENSITIVE: Record<SensitiveKind, MessageKey> = {
  password: 'scopeGuard.password',
  bank: 'scopeGuard.bank',
  payment: 'scopeGuard.payment',
  purchase: 'scopeGuard.purchase',
};

// When several kinds are named at once, the one most at risk of being given away is the one stated.
const SENSITIVE_ORDER: SensitiveKind[] = ['password', 'bank', 'payment', 'purchase'];

export function sensitiveReason(kinds: ReadonlySet<SensitiveKind>): Message {
  const kind = SENSITIVE_ORDER.find((k) => kinds.has(k)) ?? 'password';
  return msg(SENSITIVE[kind]);
}

export function inScopeReason(item: string): Message {
  return msg('scopeGuard.inScope', { item });
}

export const PROCEDURE_REASON = msg('scopeGuard.procedure');

export function excludedReason(exclusion: string): Message {
  return msg('scopeGuard.excluded', { exclusion });
}

export const OUT_OF_SCOPE_REASON = msg('scopeGuard.outOfScope');

export const UNCLEAR_REASON = msg('scopeGuard.unclear');
