import { findProcedure, type CategoryId } from '../procedures/index';
import { isChatter, type Analysis } from './analyze';
import { pairKey, type Lexicon, type Ref } from './lexicon';
import type { Why } from './verdict';

/**
 * Does one scope item cover a request? Word by word: each word the request says is covered
 * when the item covers what it stands for — the action (same family, never an opposite, never
 * a removal the item does not name), the thing (the same, or a thing the item names above it,
 * but not when the item names an alternative), the procedure (the item's own, or one of its
 * category or site). Chatter needs no cover, nor do vague words beside covered ones. The
 * item earns « in scope » only if it covers every word and at least one that says what the
 * request is about.
 */

export interface CompiledItem {
  text: string;
  analysis: Analysis;
  /** A bare category of procedures (« Social - Santé »). */
  category: CategoryId | null;
  things: ReadonlySet<string>;
  actions: ReadonlySet<string>;
  procedures: ReadonlySet<string>;
  keys: ReadonlySet<string>;
  /** Names a procedure or a thing that is neither vague nor implied. */
  anchored: boolean;
  /**
   * Broad things it names only as the setting of a narrower one (« la page d'accueil du
   * navigateur » is about the home page, not the whole browser): they cover only their kinds
   * and brands (any browser), not their other parts (the bookmarks).
   */
  qualified: ReadonlySet<string>;
  /** Vague things owned by a place it names (« l'application de la mairie »): only that one. */
  owned: ReadonlySet<string>;
}

export type WordStatus = 'covered' | 'uncovered' | 'free';

export interface Coverage {
  item: CompiledItem;
  /** Per request token (chatter is 'free'). */
  status: readonly WordStatus[];
  /** Words that say what the request is about (things, procedures, unknown words, actions needing a device). */
  anchors: readonly boolean[];
  earned: boolean;
  /** How well covered words match: exact beats "through a broader thing". */
  score: number;
  /** Covered anchors, and whether the item's procedure is a neighbour of the request's. */
  related: boolean;
  why: Why | null;
}

type ThingCover = number | 'free' | 'alternative' | null;

function anchoredThing(id: string, lexicon: Lexicon): boolean {
  const info = lexicon.things.get(id)!;
  return !info.vague && !info.implicit;
}

export function isAnchored(analysis: Analysis, lexicon: Lexicon): boolean {
  return analysis.procedures.best.length > 0 || analysis.things.some((t) => anchoredThing(t, lexicon));
}

function coverThing(id: string, indefinite: boolean, item: CompiledItem, lexicon: Lexicon): ThingCover {
  const info = lexicon.things.get(id)!;
  if (info.implicit) return 'free';
  if (item.things.has(id)) return 3;
  const named = [...item.things];
  const alternative = named.some((other) => {
    const o = lexicon.things.get(other)!;
    return [...o.groups].some((g) => info.groups.has(g)) && !info.ancestors.has(other) && !o.ancestors.has(id);
  });
  if (alternative) return 'alternative';
  const kindOf = (a: string) => [...info.groups].some((g) => g === a || lexicon.things.get(g)!.ancestors.has(a));
  if ([...info.ancestors].some((a) => item.things.has(a) && !item.owned.has(a) && (!item.qualified.has(a) || kindOf(a)))) return 1;
  // A site or a document of the item's own procedure.
  if ([...info.procedures].some((p) => item.procedures.has(p))) return 1;
  // On a site the item names: its documents, the account and its details.
  const sites = named.filter((t) => t.startsWith('site:')).map((t) => lexicon.things.get(t)!.procedures);
  if (sites.length > 0 && item.procedures.size === 0) {
    if ([...info.procedures].some((p) => sites.some((hosted) => hosted.has(p)))) return 1;
    if (id === 'account' || info.ancestors.has('account')) return 1;
  }
  // « l'imprimante » for « l'imprimante HP »: the one the item names. Not for services: any
  // doctor is not the booking site the item names.
  if (info.kind !== 'place' && !(indefinite && (info.kind === 'product' || info.kind === 'device')) && named.some((other) => lexicon.things.get(other)!.ancestors.has(id))) return 1;
  if (item.category && info.category === item.category) return 1;
  return info.vague ? 'free' : null;
}

function actionOk(id: string, item: CompiledItem, lexicon: Lexicon, procedureKnowsIt = false): 'ok' | 'blocked' | 'no' {
  const action = lexicon.actions.get(id)!;
  const related = (a: string, b: string) => a === b || lexicon.actions.get(a)?.parent === b || lexicon.actions.get(b)?.parent === a;
  for (const other of item.actions) {
    if (lexicon.opposites.has(pairKey(id, other)) || (action.parent && lexicon.opposites.has(pairKey(action.parent, other)))) return 'blocked';
  }
  if (action.implies && !item.things.has(action.implies) && ![...item.actions].some((a) => lexicon.actions.get(a)!.implies === action.implies)) return 'no';
  // A removal the item does not name is never covered, unless the item names no action and the
  // request's procedure (covered by the item) has it among its sub-tasks (« résilier son forfait »).
  if (action.family === 'remove' && item.actions.size === 0 && procedureKnowsIt) return 'ok';
  if (action.family === 'remove') return [...item.actions].some((other) => related(id, other) || (lexicon.actions.get(other)!.family === 'remove' && lexicon.actions.get(other)!.parent === action.parent && action.parent !== null)) ? 'ok' : 'blocked';
  if (item.actions.size === 0) return 'ok';
  return [...item.actions].some((other) => lexicon.covers.get(lexicon.actions.get(other)!.family)?.has(action.family)) ? 'ok' : 'no';
}

function coverProcedures(best: readonly string[], item: CompiledItem, siteItem: boolean, lexicon: Lexicon): 'yes' | 'alt' | 'no' {
  if (best.some((p) => item.procedures.has(p))) return 'yes';
  if (item.category) {
    if (best.some((p) => findProcedure(p)?.category === item.category)) return 'yes';
    if (best.some((p) => findProcedure(p)?.altCategories.includes(item.category!))) return 'alt';
  }
  if (siteItem && best.some((p) => [...item.things].some((t) => lexicon.things.get(t)!.procedures.has(p) && t.startsWith('site:')))) return 'yes';
  return 'no';
}

/** The item's procedures and the request's are neighbours, or done on one same site. */
function neighbours(best: readonly string[], item: CompiledItem): boolean {
  for (const p of best) {
    const procedure = findProcedure(p);
    if (!procedure) continue;
    for (const q of item.procedures) {
      const other = findProcedure(q);
      if (procedure.neighbours.includes(q) || other?.sites.some((s) => procedure.sites.includes(s))) return true;
    }
  }
  return false;
}

export function cover(request: Analysis, item: CompiledItem, lexicon: Lexicon): Coverage {
  const { tokens, refs, procedures } = request;
  const best = procedures.best;
  const inBest = (at: number) => best.some((p) => procedures.explained.get(p)?.has(at));
  const siteItem = item.procedures.size === 0 && [...item.things].some((t) => t.startsWith('site:'));
  const administrative = item.procedures.size > 0 || item.category !== null || siteItem;
  const procedureCover = best.length > 0 ? coverProcedures(best, item, siteItem, lexicon) : 'no';
  const carriedBy = new Set(
    tokens.flatMap((_, at) => refs[at]!.flatMap((r) => (r.type === 'action' && actionOk(r.id, item, lexicon) === 'ok' ? lexicon.actions.get(r.id)!.carries : []))),
  );
  const carried = (id: string) => carriedBy.has(id) || [...lexicon.things.get(id)!.ancestors].some((a) => carriedBy.has(a));
  const siteContext = new Set(
    request.things
      .filter((t) => t.startsWith('site:') && typeof coverThing(t, false, item, lexicon) === 'number')
      .flatMap((t) => [...lexicon.things.get(t)!.procedures].map((p) => findProcedure(p)?.category)),
  );
  const status: WordStatus[] = [];
  const anchors: boolean[] = [];
  /** Vague words left without cover: fine beside a covered precise word, not alone. */
  const looseVague: number[] = [];
  let thingCovered = false;
  let alternativeSeen = false;
  let score = 0;
  let why: Why | null = null;
  const note = (reason: Why) => (why ??= reason);

  tokens.forEach((token, at) => {
    const list: readonly Ref[] = refs[at]!;
    const meaning = list.filter((r) => r.type === 'action' || r.type === 'thing');
    const byProcedure = inBest(at);
    if (isChatter(list) && !byProcedure) {
      status.push('free');
      anchors.push(false);
      return;
    }
    if (meaning.length === 0 && !byProcedure) {
      // A word the guard does not know: covered only by the same word in the item.
      const literal = item.keys.has(token.key);
      status.push(list.length > 0 ? 'free' : literal ? 'covered' : 'uncovered');
      anchors.push(list.length === 0);
      if (list.length === 0 && literal) score += 2;
      if (list.length === 0 && !literal) note('words');
      return;
    }
    let covered = false;
    let blocked = false;
    let anchor = byProcedure;
    let free = true;
    for (const ref of meaning) {
      if (ref.type === 'action') {
        const result = actionOk(ref.id, item, lexicon, byProcedure && procedureCover === 'yes');
        if (result === 'blocked') blocked = true;
        if (result === 'ok') covered = true;
        if (result === 'ok' && item.actions.has(ref.id)) score += 1;
        free = false;
        if (lexicon.actions.get(ref.id)!.implies) anchor = true;
        if (result !== 'ok') note('action');
        continue;
      }
      const info = lexicon.things.get(ref.id)!;
      if (anchoredThing(ref.id, lexicon)) anchor = true;
      let result = coverThing(ref.id, token.indefinite, item, lexicon);
      // A document to print is covered where printing is.
      if (result === null && carried(ref.id)) result = 1;
      // The site or a document of the procedure the request is about, when the item covers it.
      if (typeof result !== 'number' && procedureCover === 'yes' && best.some((p) => info.procedures.has(p))) result = 1;
      // A service named with a covered site that offers it (« un généraliste sur Doctolib »).
      if (result === null && info.kind === 'place' && info.category && siteContext.has(info.category)) result = 1;
      if (typeof result === 'number') {
        covered = true;
        thingCovered = true;
        score += result;
      } else if (result === 'free') {
        if (info.vague && !info.implicit) looseVague.push(at);
      } else {
        free = false;
        if (result === 'alternative') {
          alternativeSeen = true;
          note(info.kind === 'device' ? 'device' : 'alternative');
        }
        else if (info.kind === 'place' && [...item.things].some((t) => lexicon.things.get(t)!.ancestors.has(ref.id))) note('generic');
      }
    }
    if (byProcedure) {
      free = false;
      if (procedureCover === 'yes') {
        covered = true;
        score += 3;
      } else if (administrative) {
        // Another procedure than the item's: its words are not covered, whatever else they name.
        covered = false;
        note(procedureCover === 'alt' ? 'category' : 'procedure');
      }
    }
    if (blocked) covered = false;
    status.push(covered ? 'covered' : free ? 'free' : 'uncovered');
    anchors.push(anchor);
    if (!covered && !free && why === null) note('words');
  });

  const uncovered = status.includes('uncovered');
  const anyAnchor = anchors.includes(true);
  const anchorCovered = anchors.some((a, i) => a && status[i] === 'covered');
  // A request naming nothing precise ("faire les mises à jour") is covered by an item naming
  // nothing precise either, when the item does that very action.
  // A request naming nothing precise is covered when it does something the item covers to a
  // thing the item names (« créer un dossier » for « Ranger les dossiers »), or does the very
  // action of an item that names nothing precise either (« faire les mises à jour »).
  const sameAction = status.some((st, i) => st === 'covered' && refs[i]!.some((r) => r.type === 'action' && item.actions.has(r.id)));
  const acts = status.some((st, i) => st === 'covered' && refs[i]!.some((r) => r.type === 'action'));
  const bareMatch = !anyAnchor && acts && (thingCovered || (!item.anchored && sameAction && looseVague.length === 0));
  const earned = !uncovered && (anchorCovered || bareMatch);
  // Partly covered: a word that says what it is about, the same kind of thing, or a neighbouring procedure.
  const related = anchorCovered || thingCovered || alternativeSeen || why === 'generic' || (best.length > 0 && neighbours(best, item));
  return { item, status, anchors, earned, score, related, why: earned ? null : why };
}
