import type { Clause, CompiledItem } from './item';

/** An item's clauses: which of its acts is done to which of its things. */

/** « et », « puis », a comma or a semicolon between two words of an item. */
export const CLAUSE_BREAK = /[,;]|\b(?:et|puis)\b/;

/** Words that say where or with what an act is done, not what it is done to. */
const WHERE = new Set(['sur', 'dans', 'vers', 'a', 'au', 'aux', 'chez', 'avec', 'par', 'pour', 'depuis', 'en']);

/** A verb starting a clause of a request (« … et essayer le micro »), known to the guard or not. */
export const VERB_START = /(?:er|ir|re)$/;

/**
 * An item's clauses: a new one starts at « et », « puis » or a comma when what follows does an
 * act of its own. Its things are what its acts are done to (its objects), not where (« sur le
 * compte Ameli »). A verb naming nothing at all shares the next clause (« Télécharger et imprimer
 * l'attestation »); a clause naming no object of its own after another is done to the same one
 * (« … et en commander une nouvelle sur ameli.fr », « … et l'imprimer »).
 */
export function clausesOf(item: CompiledItem): Clause[] {
  const { tokens, refs, text } = item.analysis;
  const part = () => ({ actions: new Set<string>(), things: new Set<string>(), named: 0 });
  const parts = [part()];
  let where = false;
  tokens.forEach((token, at) => {
    const acts = refs[at]!.flatMap((ref) => (ref.type === 'action' && item.actions.has(ref.id) ? [ref.id] : []));
    const broken = at > 0 && CLAUSE_BREAK.test(text.slice(tokens[at - 1]!.end, token.start));
    if (broken && acts.length > 0) parts.push(part());
    const current = parts.at(-1)!;
    for (const a of acts) current.actions.add(a);
    // Once « sur », « dans »… is said, the rest of the clause says where.
    if (acts.length > 0) where = false;
    else if (WHERE.has(token.word) || WHERE.has(token.governedBy ?? '')) where = true;
    for (const ref of refs[at]!) {
      if (ref.type !== 'thing') continue;
      current.named += 1;
      if (!where) current.things.add(ref.id);
    }
  });
  if (at0(parts)) parts[0]!.actions = new Set(item.actions);
  for (let i = parts.length - 1; i >= 0 && parts.length > 1; i--) {
    if (parts[i]!.named > 0) continue;
    for (const a of parts[i]!.actions) parts[i === parts.length - 1 ? i - 1 : i + 1]!.actions.add(a);
    parts.splice(i, 1);
  }
  if (parts.length < 2) return [];
  for (let i = 1; i < parts.length; i++) if (parts[i]!.things.size === 0) parts[i]!.things = new Set(parts[i - 1]!.things);
  return parts.map((p) => ({ things: p.things, acts: { ...item, actions: p.actions, clauses: [], memo: { things: new Map(), indefinite: new Map(), actions: new Map() } } }));
}

/** The item's act came from its opening verb alone (ITEM_VERBS), which no token carries. */
const at0 = (parts: readonly { actions: ReadonlySet<string> }[]) => parts.every((p) => p.actions.size === 0);
