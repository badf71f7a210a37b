import { fail, ok, type Result } from '../ipc/result';
import { zodToAppError } from '../ipc/zod-errors';
import { errorValue } from '../messages/error-value';
import { Revocation, type Mandate } from './schema';

/**
 * Adds a withdrawal to a mandate. Revocations are the one thing that grows on a signed
 * mandate: they are not part of its content (nor of its attestation), and withdrawing one
 * action leaves the others in force.
 */
export function revokeMandate(m: Mandate, input: unknown): Result<Mandate> {
  const parsed = Revocation.safeParse(input);
  if (!parsed.success) return fail(zodToAppError(parsed.error));
  // No reason is a complete answer: an empty one is simply not stored.
  const { reason, ...rest } = parsed.data;
  const revocation: Revocation = reason ? { ...rest, reason } : rest;
  if (m.consent === null) {
    return fail(errorValue('conflict', 'mandate.revokeDraft'));
  }
  if (m.revocations.some((r) => r.scope === 'whole')) {
    return fail(errorValue('conflict', 'mandate.alreadyRevoked'));
  }
  if (revocation.scope === 'item') {
    const item = m.scopeItems.find((i) => i.id === revocation.itemId);
    if (!item) return fail(errorValue('not_found', 'mandate.itemNotInMandate', undefined, { itemId: { key: 'mandate.itemNotInMandate' } }));
    if (m.revocations.some((r) => r.scope === 'item' && r.itemId === item.id)) {
      return fail(errorValue('conflict', 'mandate.itemAlreadyWithdrawn', { label: item.label }));
    }
  }
  return ok({ ...m, revocations: [...m.revocations, revocation] });
}
