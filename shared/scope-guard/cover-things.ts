import { fold } from './normalize';
import type { Lexicon } from './lexicon';
import { BESIDE, type CompiledItem, type ThingCover } from './item';
import { ARTICLE_LIKE, type RequestWords } from './request-words';
import languageData from './data/language.json';

/**
 * Does an item cover one thing a request names (a device, a product, a place, a document, a
 * person)? The same thing, or a broader one the item names, never an alternative of the same
 * kind; and the things that are only context: whose papers, where a paper comes from, where the
 * person lives.
 */

export function coverThing(id: string, indefinite: boolean, item: CompiledItem, lexicon: Lexicon): ThingCover {
  const memo = indefinite ? item.memo.indefinite : item.memo.things;
  let result = memo.get(id);
  if (result === undefined) memo.set(id, (result = thingCover(id, indefinite, item, lexicon)));
  return result;
}

function thingCover(id: string, indefinite: boolean, item: CompiledItem, lexicon: Lexicon): ThingCover {
  const info = lexicon.things.get(id)!;
  // The computer goes without saying, unless the item names another device (« … sur la tablette »).
  if (info.implicit) return !item.things.has(id) && [...item.things].some((t) => lexicon.things.get(t)!.kind === info.kind && [...lexicon.things.get(t)!.groups].some((g) => info.groups.has(g))) ? 'alternative' : 'free';
  if (item.things.has(id)) return 3;
  // The item names where it is done: another organisation's site is another service (the MSA
  // is not caf.fr, Agirc-Arrco is not info-retraite), even for the same procedure.
  if (info.site && item.sites.length > 0 && !item.sites.some((s) => info.ancestors.has(s) || lexicon.things.get(s)!.ancestors.has(id))) return 'alternative';
  for (const other of item.things) {
    const o = lexicon.things.get(other)!;
    if (!info.ancestors.has(other) && !o.ancestors.has(id) && [...o.groups].some((g) => info.groups.has(g))) return 'alternative';
  }
  // Kinds are what a broad thing is covered through: a kind of it (Zoom for « un logiciel ») or,
  // under a precise thing, a part of it (the cartridge of « l'imprimante »).
  const kindUnder = (a: string) => [...info.groups].some((g) => g === a || lexicon.things.get(g)!.ancestors.has(a));
  for (const a of info.ancestors) {
    if (!item.things.has(a) || item.owned.has(a)) continue;
    // A vague broad thing (« un logiciel ») covers its kinds, not their parts (the bookmarks).
    const broad = lexicon.things.get(a)!;
    if (broad.vague && broad.kind !== info.kind) continue;
    if (!item.qualified.has(a)) return 1;
    // A broad thing named as a setting covers only its kinds and brands, beside what it sets
    // (« la page de démarrage de Edge » for « la page d'accueil du navigateur »).
    if (kindUnder(a)) return BESIDE;
  }
  // A site or a document of the item's own procedure, or of a site it names.
  for (const p of info.procedures) if (item.procedures.has(p) || item.siteProcedures?.has(p)) return 1;
  // The account and its details, on a site the item names.
  if (item.siteProcedures && (id === 'account' || info.ancestors.has('account'))) return 1;
  // « l'imprimante » for « l'imprimante HP »: the one the item names. Not for services (any
  // doctor is not the booking site the item names), nor for « un logiciel » against Zoom.
  const definite = !(indefinite && (info.kind === 'product' || info.kind === 'device'));
  // A vague word (« l'attestation », « un poste ») for any of its kinds the item names; a precise
  // one only for a kind of it: « faire une visio » is not covered by « Régler le micro », a part of the call.
  if (info.kind !== 'place' && definite) {
    for (const other of item.things) {
      const o = lexicon.things.get(other)!;
      if (o.ancestors.has(id) && (info.vague || [...o.groups].some((g) => g === id || lexicon.things.get(g)!.ancestors.has(id)))) return 1;
    }
  }
  if (item.category && info.category === item.category) return 1;
  // Every item is done on the person's computer: another device is an alternative to it.
  if (info.groups.has('device')) return 'alternative';
  if (!info.vague) return null;
  // A vague word needs no cover beside covered ones, unless the item names another thing of its
  // kind (« les documents » where the item names the photos).
  for (const other of item.things) {
    const o = lexicon.things.get(other)!;
    if (o.ancestors.has(id)) continue;
    for (const a of o.ancestors) if (info.ancestors.has(a)) return null;
  }
  return 'free';
}

/**
 * A person named in a request (« ma voisine », « mon fils ») is free chatter, unless the request
 * does something for them or to them: whose papers (« les revenus de ma voisine »), for whom
 * (« pour mon mari »), whom an act is about (« inscrire ma petite-fille »), in a procedure, which
 * is done for the one who signed; or to whom something is sent (« à mon notaire »). Then the
 * item must name that person, or one they are a kind of (the grandchildren for the granddaughter).
 */
const WHOSE = new Set(['de', 'd', 'du', 'des', 'pour']);
export const TO = new Set(['a', 'au', 'aux']);
/** What one takes of someone without acting for them: the photos of grandma, a mail from a cousin. */
const MEDIA = new Set(['photo', 'video', 'email', 'sms', 'photo_book']);
export function personCover(result: ThingCover, at: number, request: RequestWords, item: CompiledItem, lexicon: Lexicon, administrative: boolean): ThingCover {
  if (typeof result === 'number' || result === 'alternative') return result;
  if ([...item.things].some((t) => lexicon.things.get(t)!.kind === 'person')) return null;
  const { tokens, refs } = request.analysis;
  const token = tokens[at]!;
  // « inscrire un enfant »: any child, said of the kind of procedure, not of someone.
  if (token.role === 'scene' || token.role === 'name' || token.role === 'refused' || token.indefinite) return 'free';
  let before = at - 1;
  while (before >= 0 && request.chatter[before] && !refs[before]!.some((r) => r.type === 'thing')) before--;
  const governed = token.governedBy;
  const object = (governed === null || ARTICLE_LIKE.has(governed)) && before >= 0 && request.actions[before]!.length > 0;
  const ofMedia = governed !== null && before >= 0 && request.things[before]!.some((t) => MEDIA.has(t) || [...lexicon.things.get(t)!.ancestors].some((a) => MEDIA.has(a)));
  // A professional a paper is for (« pour le notaire ») is where it goes, not someone one acts for.
  const professional = lexicon.things.get(request.things[at]!.find((t) => lexicon.things.get(t)!.kind === 'person')!)?.ancestors.has('person:professional');
  if (administrative && !professional && ((governed !== null && WHOSE.has(governed) && !ofMedia) || object)) return null;
  if (request.moves && governed !== null && TO.has(governed)) return null;
  return 'free';
}

/** What one does to papers: scan, print, file, copy, send them. */
const PAPER_ACTS = new Set(['scan', 'print', 'organise', 'transfer', 'send']);
/** A place named as where a paper comes from: after « de » or right after the paper (« la lettre de la CAF », « factures EDF »). */
const LIVED_IN = new Set(languageData.livedIn.words);

const LOST_AT = new Set(languageData.lostAt.words);
/** Where a place is named after « dans », « au »… */
const AT = new Set(['dans', 'au', 'a', 'en', 'sur', 'chez']);

/**
 * A place where something was lost or stolen (« j'ai perdu ma carte Vitale dans le bus », « on m'a
 * arraché mon sac au marché »): the scene. Never a site, a paper or a device.
 */
export function lostAt(at: number, request: RequestWords, lexicon: Lexicon): boolean {
  const { tokens, text } = request.analysis;
  const before = fold(text.slice(tokens[at - 1]?.end ?? 0, tokens[at]!.start)).split(/[^a-z]+/);
  if (!before.some((w) => AT.has(w)) && !AT.has(tokens[at]!.governedBy ?? '')) return false;
  const info = lexicon.things.get(request.things[at]![0] ?? '');
  if (!info || info.site || info.kind === 'document' || info.kind === 'device' || info.kind === 'product') return false;
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) if (LOST_AT.has(tokens[k]!.word)) return true;
  return false;
}

/** A city where the person lives, moved, holidays or gets mail (« j'ai déménagé à Quimper »): context. */
export function livedIn(at: number, request: RequestWords, lexicon: Lexicon): boolean {
  if (!lexicon.things.get(request.things[at]![0] ?? '')?.ancestors.has('city')) return false;
  const { tokens } = request.analysis;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (LIVED_IN.has(tokens[k]!.word)) return true;
  return false;
}

export function origin(at: number, request: RequestWords, lexicon: Lexicon): boolean {
  const isPaper = (k: number) => k >= 0 && request.things[k]!.some((t) => t === 'document' || t === 'file' || t.startsWith('doc:') || lexicon.things.get(t)!.ancestors.has('document'));
  let k = at - 1;
  while (k >= 0 && !isPaper(k) && (request.chatter[k] || request.things[k]!.some((t) => lexicon.things.get(t)!.kind === 'place'))) k--;
  const handles = [...request.analysis.actions].some((a) => PAPER_ACTS.has(lexicon.actions.get(a)!.family));
  return handles && isPaper(k) && (request.analysis.tokens[at]!.governedBy !== null || request.analysis.tokens[at]!.next);
}

/** The item names another thing of the same (not vague) kind (not a kind of this one: that is the generic/specific case). */
export function namesKin(id: string, item: CompiledItem, lexicon: Lexicon): boolean {
  const ancestors = lexicon.things.get(id)!.ancestors;
  for (const other of item.things) {
    if (other === id || lexicon.things.get(other)!.ancestors.has(id)) continue;
    for (const a of lexicon.things.get(other)!.ancestors) if (ancestors.has(a) && !lexicon.things.get(a)!.vague) return true;
  }
  return false;
}
