import { findProcedure } from '../procedures/index';
import { pairKey, type Lexicon } from './lexicon';
import type { ActionCover, CompiledItem } from './item';

/**
 * Does an item cover the act a request asks for (same family, never an opposite, never a removal
 * it does not name), and the procedure it is about (its own, one of its category or site, or a
 * neighbour, which is only related)?
 */

/**
 * How the request's procedure stands with the item: `explained` when this very word belongs to
 * a phrase of the procedure the item covers, `covered` when only the procedure is covered.
 */
export type Known = 'explained' | 'covered' | 'no';

export function coverAction(id: string, item: CompiledItem, lexicon: Lexicon, known: Known): ActionCover {
  const key = `${known}:${id}`;
  let result = item.memo.actions.get(key);
  if (result === undefined) item.memo.actions.set(key, (result = actionCover(id, item, lexicon, known)));
  return result;
}

/** Families that only read or look: an item doing only these changes nothing. */
const READING = new Set(['obtain']);
/** An item doing a procedure's own act (applying, declaring, changing) covers the procedure's wordings. */
const PROCEDURAL = new Set(['create', 'modify']);
/** Ways of wording that act; sending, moving, printing or paying are other acts (another destination, another action). */
const WORDINGS = new Set(['setup', 'modify', 'create', 'scan', 'obtain', 'use']);

function actionCover(id: string, item: CompiledItem, lexicon: Lexicon, known: Known): ActionCover {
  const action = lexicon.actions.get(id)!;
  for (const other of item.actions) {
    if (lexicon.opposites.has(pairKey(id, other)) || (action.parent && lexicon.opposites.has(pairKey(action.parent, other)))) return 'blocked';
  }
  if (action.implies && !item.things.has(action.implies) && ![...item.actions].some((a) => lexicon.actions.get(a)!.implies === action.implies)) return 'no';
  if (action.family === 'remove') {
    // A removal the item does not name is never covered, unless the item names no action and
    // the request's procedure (covered by the item) has it among its sub-tasks (« résilier son forfait »).
    if (item.actions.size === 0) return known === 'explained' ? 'ok' : 'blocked';
    for (const other of item.actions) {
      const o = lexicon.actions.get(other)!;
      if (other === id || o.parent === id || action.parent === other || (o.family === 'remove' && action.parent !== null && o.parent === action.parent)) return 'ok';
    }
    return 'blocked';
  }
  if (item.actions.size === 0) return item.unknownAct && known === 'no' ? 'no' : 'ok';
  let clash = false;
  for (const other of item.actions) {
    const o = lexicon.actions.get(other)!;
    // Two distinct acts of one family are two things to do (booking is not renewing a loan,
    // applying is not renewing an application); a general act of the family covers them.
    if (other !== id && o.family === action.family && o.distinct && action.distinct && o.parent !== id && action.parent !== other) {
      clash = true;
      continue;
    }
    if (lexicon.covers.get(o.family)?.has(action.family) || o.alsoCovers.includes(action.family)) return 'ok';
  }
  // The item covers the very procedure the request is about: how the request words the act
  // (« mettre à jour ma nouvelle adresse » for « Signaler le changement d'adresse ») does not
  // matter, unless it is another distinct act or the item only reads and the request changes.
  if (known === 'no' || clash || action.distinct) return 'no';
  const readOnly = [...item.actions].every((a) => READING.has(lexicon.actions.get(a)!.family));
  const changes = !READING.has(action.family) && action.family !== 'use';
  const procedural = [...item.actions].some((a) => PROCEDURAL.has(lexicon.actions.get(a)!.family));
  // A sub-task of the procedure (« envoyer son CV ») is the item's only where the item does the
  // procedure's own act or words it: an item that names another act (« Mettre à jour le CV dans
  // Word ») does not send, pay or print.
  const worded = WORDINGS.has(action.family) && !(readOnly && changes);
  return (known === 'explained' && (procedural || worded)) || (procedural && worded) ? 'ok' : 'no';
}

export function coverProcedures(best: readonly string[], item: CompiledItem, account = false): 'yes' | 'alt' | 'no' {
  // An item creating an account on a site (« Créer le compte ÉduConnect ») covers the site's
  // procedures only where the request is about an account there too, not every procedure done
  // there (the scholarship): those are its neighbours.
  if (best.some((p) => item.procedures.has(p) || (item.siteProcedures?.has(p) && (!item.opensAccount || account)))) return 'yes';
  if (item.category) {
    if (best.some((p) => findProcedure(p)?.category === item.category)) return 'yes';
    if (best.some((p) => findProcedure(p)?.altCategories.includes(item.category!))) return 'alt';
  }
  return 'no';
}

/** The item's procedures and the request's are neighbours, or done on one same site. */
export function neighbours(best: readonly string[], item: CompiledItem): boolean {
  for (const p of best) {
    const procedure = findProcedure(p);
    if (!procedure) continue;
    for (const q of item.procedures) {
      if (procedure.neighbours.includes(q) || findProcedure(q)?.sites.some((s) => procedure.sites.includes(s))) return true;
    }
  }
  return false;
}
