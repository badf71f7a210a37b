import { fail, ok, type Result } from '../ipc/result';
import { zodToAppError } from '../ipc/zod-errors';
import { Revocation, type Mandate } from './schema';

/**
 * Adds a withdrawal to a mandate. Revocations are the one thing that grows on a signed
 * mandate: they are not part of its content (nor of its attestation), and withdrawing one
 * action leaves the others in force.
 */
export function revokeMandate(m: Mandate, input: unknown): Result<Mandate> {
  const parsed = Revocation.safeParse(input);
  if (!parsed.success) return fail(zodToAppError(parsed.error));
  const revocation = parsed.data;
  if (m.consent === null) {
    return fail({ code: 'conflict', message: 'Ce mandat n’a pas encore été accepté : il n’y a rien à révoquer, laissez simplement le brouillon de côté.' });
  }
  if (m.revocations.some((r) => r.scope === 'whole')) {
    return fail({ code: 'conflict', message: 'Ce mandat est déjà révoqué.' });
  }
  if (revocation.scope === 'item') {
    const item = m.scopeItems.find((i) => i.id === revocation.itemId);
    if (!item) return fail({ code: 'not_found', message: 'Cette action ne figure pas dans le mandat.', fields: { itemId: 'Cette action ne figure pas dans le mandat.' } });
    if (m.revocations.some((r) => r.scope === 'item' && r.itemId === item.id)) {
      return fail({ code: 'conflict', message: `L’action « ${item.label} » a déjà été retirée.` });
    }
  }
  return ok({ ...m, revocations: [...m.revocations, revocation] });
}
