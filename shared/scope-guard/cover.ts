import { findProcedure, type CategoryId } from '../procedures/index';
import { isChatter, type Analysis } from './analyze';
import { pairKey, type Lexicon } from './lexicon';
import languageData from './data/language.json';
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

type ThingCover = number | 'free' | 'alternative' | null;
/** Covered only beside the thing that sets a broad one (see thingCover). */
const BESIDE = 0.5;
type ActionCover = 'ok' | 'blocked' | 'no';
/** Weight of an act the item names itself. */
const SAME_ACT = 1;

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
   * Opens on a verb the vocabulary does not know (« Bloquer les courriels… », « Épingler… »): it
   * does one act, unknown, not any act (an item with no verb, « son compte Ameli », covers any).
   */
  unknownAct: boolean;
  /**
   * Broad things it names only as the setting of a narrower one (« la page d'accueil du
   * navigateur » is about the home page, not the whole browser): they cover only their kinds
   * and brands (any browser), not their other parts (the bookmarks).
   */
  qualified: ReadonlySet<string>;
  /** Vague things owned by a place it names (« l'application de la mairie »): only that one. */
  owned: ReadonlySet<string>;
  /** The organisations' sites it names (things marked `site`). */
  sites: readonly string[];
  /** Procedures done on the sites it names, when it names no procedure of its own. */
  siteProcedures: ReadonlySet<string> | null;
  /** Answers already worked out for this item (a request is re-judged at each keystroke). */
  memo: { things: Map<string, ThingCover>; indefinite: Map<string, ThingCover>; actions: Map<string, ActionCover> };
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
  /** How many of the request's words the item says itself: between two items that cover, the one closer to the words. */
  literal: number;
  /** Partly covered: a precise word, a thing of the same kind, or a neighbouring procedure. */
  related: boolean;
  /** Names the very thing asked for, but to do the opposite (« Installer Firefox » against « désinstaller firefox »). */
  conflict: boolean;
  why: Why | null;
}

/** What each word of a request stands for, worked out once for all the items. */
export interface RequestWords {
  analysis: Analysis;
  actions: readonly (readonly string[])[];
  things: readonly (readonly string[])[];
  chatter: readonly boolean[];
  /** Explained by the procedure the request is most about. */
  byProcedure: readonly boolean[];
  sites: readonly string[];
  /** Sends, copies or moves something: its « pour … » may name where it goes. */
  moves: boolean;
  /** Names a paper (a document, a certificate, a form): « … pour la CAF » then says whom it is for. */
  paper: boolean;
}

export function readRequest(analysis: Analysis, lexicon: Lexicon): RequestWords {
  const { refs, procedures } = analysis;
  const explains = procedures.best.map((p) => procedures.explained.get(p)!);
  return {
    analysis,
    actions: refs.map((list) => list.flatMap((r) => (r.type === 'action' ? [r.id] : []))),
    things: refs.map((list) => list.flatMap((r) => (r.type === 'thing' ? [r.id] : []))),
    chatter: refs.map(isChatter),
    byProcedure: refs.map((_, at) => explains.some((set) => set.has(at))),
    sites: analysis.things.filter((t) => t.startsWith('site:')),
    moves: [...analysis.actions].some((a) => ['send', 'transfer'].includes(lexicon.actions.get(a)!.family)),
    paper: analysis.things.some((t) => t === 'document' || t.startsWith('doc:') || lexicon.things.get(t)!.ancestors.has('document')),
  };
}

function anchoredThing(id: string, lexicon: Lexicon): boolean {
  const info = lexicon.things.get(id)!;
  return !info.vague && !info.implicit;
}

export function isAnchored(analysis: Analysis, lexicon: Lexicon): boolean {
  return analysis.procedures.best.length > 0 || analysis.things.some((t) => anchoredThing(t, lexicon));
}

function coverThing(id: string, indefinite: boolean, item: CompiledItem, lexicon: Lexicon): ThingCover {
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
 * How the request's procedure stands with the item: `explained` when this very word belongs to
 * a phrase of the procedure the item covers, `covered` when only the procedure is covered.
 */
type Known = 'explained' | 'covered' | 'no';

function coverAction(id: string, item: CompiledItem, lexicon: Lexicon, known: Known): ActionCover {
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

function coverProcedures(best: readonly string[], item: CompiledItem): 'yes' | 'alt' | 'no' {
  if (best.some((p) => item.procedures.has(p) || item.siteProcedures?.has(p))) return 'yes';
  if (item.category) {
    if (best.some((p) => findProcedure(p)?.category === item.category)) return 'yes';
    if (best.some((p) => findProcedure(p)?.altCategories.includes(item.category!))) return 'alt';
  }
  return 'no';
}

/** The item's procedures and the request's are neighbours, or done on one same site. */
function neighbours(best: readonly string[], item: CompiledItem): boolean {
  for (const p of best) {
    const procedure = findProcedure(p);
    if (!procedure) continue;
    for (const q of item.procedures) {
      if (procedure.neighbours.includes(q) || findProcedure(q)?.sites.some((s) => procedure.sites.includes(s))) return true;
    }
  }
  return false;
}

/**
 * A person named in a request (« ma voisine », « mon fils ») is free chatter, unless the request
 * does something for them or to them: whose papers (« les revenus de ma voisine »), for whom
 * (« pour mon mari »), whom an act is about (« inscrire ma petite-fille »), in a procedure, which
 * is done for the one who signed; or to whom something is sent (« à mon notaire »). Then the
 * item must name that person, or one they are a kind of (the grandchildren for the granddaughter).
 */
const WHOSE = new Set(['de', 'd', 'du', 'des', 'pour']);
const TO = new Set(['a', 'au', 'aux']);
/** What one takes of someone without acting for them: the photos of grandma, a mail from a cousin. */
const MEDIA = new Set(['photo', 'video', 'email', 'sms', 'photo_book']);
function personCover(result: ThingCover, at: number, request: RequestWords, item: CompiledItem, lexicon: Lexicon, administrative: boolean): ThingCover {
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

/** A city where the person lives, moved, holidays or gets mail (« j'ai déménagé à Quimper »): context. */
function livedIn(at: number, request: RequestWords, lexicon: Lexicon): boolean {
  if (!lexicon.things.get(request.things[at]![0] ?? '')?.ancestors.has('city')) return false;
  const { tokens } = request.analysis;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (LIVED_IN.has(tokens[k]!.word)) return true;
  return false;
}

function origin(at: number, request: RequestWords, lexicon: Lexicon): boolean {
  const isPaper = (k: number) => k >= 0 && request.things[k]!.some((t) => t === 'document' || t === 'file' || t.startsWith('doc:') || lexicon.things.get(t)!.ancestors.has('document'));
  let k = at - 1;
  while (k >= 0 && !isPaper(k) && (request.chatter[k] || request.things[k]!.some((t) => lexicon.things.get(t)!.kind === 'place'))) k--;
  const handles = [...request.analysis.actions].some((a) => PAPER_ACTS.has(lexicon.actions.get(a)!.family));
  return handles && isPaper(k) && (request.analysis.tokens[at]!.governedBy !== null || request.analysis.tokens[at]!.next);
}

/** The item names another thing of the same (not vague) kind (not a kind of this one: that is the generic/specific case). */
function namesKin(id: string, item: CompiledItem, lexicon: Lexicon): boolean {
  const ancestors = lexicon.things.get(id)!.ancestors;
  for (const other of item.things) {
    if (other === id || lexicon.things.get(other)!.ancestors.has(id)) continue;
    for (const a of lexicon.things.get(other)!.ancestors) if (ancestors.has(a) && !lexicon.things.get(a)!.vague) return true;
  }
  return false;
}

/** Things people name with a brand after them. */
const BRANDED = new Set(['device', 'photo_camera', 'camera', 'printer', 'phone', 'tablet', 'computer', 'software', 'antivirus', 'browser', 'tv']);
/** « du », « des » right after a verb are articles (« chercher des cours »). */
const ARTICLE_LIKE = new Set(['du', 'des']);
/** Endings of French verb forms (« versent », « dictez », « assurée », « paierai ») that no noun the guard meets has. */
const VERB_FORM = /(?:[^i]er|ir|ez|aient|ait|rai|rez|ront|ee|ees|ert|erte|ertes|[^m]ent)$/;
/** Infinitives read after a pronoun that looks like an article (« la garder », « le télécharger »). */
const INFINITIVE = /(?:[^i]er|ir)$/;

/**
 * An unknown word names a thing where a service, a product or a place to put things is named:
 * after « sur », « vers » or « le site… » (the token's slot), or as the object of an action
 * (« installer kodi », « réserver un dvd »). Elsewhere it is the scene or a detail (« dans le
 * carton », « le dentiste du coin », « le dernier Musso »), and a verb form is never a thing.
 */
export function namesThing(analysis: Analysis, at: number): boolean {
  const token = analysis.tokens[at]!;
  const word = token.word;
  if (word.length >= 6 && VERB_FORM.test(word) && !(token.determined && !INFINITIVE.test(word))) return false;
  if (token.slot) return true;
  const before = analysis.tokens[at - 1];
  // A brand right after the device or product it qualifies (« l'appareil Nikon », « l'imprimante Epson »).
  if (before !== undefined && token.next && token.governedBy === null && !/(?:e|es|ent|ait|ais|er|ir|re)$/.test(word) && analysis.refs[at - 1]!.some((r) => r.type === 'thing' && BRANDED.has(r.id))) return true;
  return before !== undefined && token.next && (token.governedBy === null || ARTICLE_LIKE.has(token.governedBy)) && analysis.refs[at - 1]!.some((r) => r.type === 'action');
}

function aside(role: string, request: RequestWords): boolean {
  return role === 'scene' || role === 'relative' || role === 'name' || (role === 'purpose' && !request.moves);
}

export function cover(request: RequestWords, item: CompiledItem, lexicon: Lexicon): Coverage {
  const { analysis } = request;
  const { tokens } = analysis;
  const best = analysis.procedures.best;
  const administrative = item.procedures.size > 0 || item.category !== null || item.siteProcedures !== null;
  // « changer son adresse sur le compte ameli » under « son compte Ameli »: the request is about
  // the site both name, not about the procedure done elsewhere that its words also name.
  const sameSite = item.siteProcedures !== null && request.sites.some((s) => item.things.has(s)) && !best.some((p) => item.siteProcedures!.has(p));
  const procedureCover = best.length > 0 && !sameSite ? coverProcedures(best, item) : 'no';

  // What covered actions carry (a document to print), and the categories of the covered sites named.
  // Only where the item does that kind of thing itself (prints, saves), and names none of them.
  const carried = new Set<string>();
  const itemFamilies = new Set([...item.actions].map((a) => lexicon.actions.get(a)!.family));
  for (const ids of request.actions) {
    for (const id of ids) {
      const action = lexicon.actions.get(id)!;
      if (coverAction(id, item, lexicon, 'no') !== 'ok' || !(action.implies || itemFamilies.has(action.family))) continue;
      for (const c of action.carries) if (![...item.things].some((t) => t === c || lexicon.things.get(t)!.ancestors.has(c))) carried.add(c);
    }
  }
  const siteCategories = new Set<CategoryId | undefined>();
  for (const site of request.sites) {
    if (typeof coverThing(site, false, item, lexicon) !== 'number') continue;
    for (const p of lexicon.things.get(site)!.procedures) siteCategories.add(findProcedure(p)?.category);
  }

  // The phone the photos come from, when the request names the computer they go to and the item
  // names neither a device nor another place to put them (a USB key is not the computer).
  const otherEnd = request.moves && analysis.things.includes('computer') && ![...item.things].some((t) => lexicon.things.get(t)!.groups.has('device') || lexicon.things.get(t)!.ancestors.has('storage'));
  // Only to connect a device, and only where the item does not name the one it connects (« Connecter l'ordinateur au Wi-Fi »).
  const servesCovered = analysis.actions.has('connect') && !item.analysis.things.includes('computer') && analysis.things.some((t) => lexicon.things.get(t)!.serves && [...item.things].some((i) => i === t || lexicon.things.get(i)!.ancestors.has(t) || lexicon.things.get(t)!.ancestors.has(i)));
  const status: WordStatus[] = [];
  const anchors: boolean[] = [];
  let looseVague = 0;
  let thingCovered = false;
  let sameAction = false;
  let namedAct = false;
  let actionCovered = false;
  let alternativeSeen = false;
  let sameKind = false;
  let exactThing = false;
  let opposed = false;
  const beside: number[] = [];
  let score = 0;
  let why: Why | null = null;

  for (let at = 0; at < tokens.length; at++) {
    // What is told of others (« ils m'ont envoyé un courrier », « le papier que vous avez
    // scanné ») is not something the request asks to do.
    const actions = tokens[at]!.role === 'relative' || tokens[at]!.told ? [] : request.actions[at]!;
    const things = request.things[at]!;
    const byProcedure = request.byProcedure[at]! && !sameSite;
    if (request.chatter[at] && !byProcedure) {
      status.push('free');
      anchors.push(false);
      continue;
    }
    if (actions.length === 0 && things.length === 0 && !byProcedure) {
      // A word the guard does not know: covered only by the same word in the item, and needed
      // only where a thing is named (see namesThing). A short one (« quil », « ya ») is chatter.
      const literal = item.keys.has(tokens[at]!.key);
      // A name the item says too (« Enzo », « la Clio »): what the request is about, wherever it stands.
      // Where something is sent (« envoyer mon CV à l'agence ») is named too.
      const destination = request.moves && TO.has(tokens[at]!.governedBy ?? '') && tokens[at]!.role !== 'name';
      const unknown = analysis.refs[at]!.length === 0 && tokens[at]!.word.length > 3 && (namesThing(analysis, at) || destination || (literal && !/(?:er|ir|re)$/.test(tokens[at]!.word)));
      const loose = unknown && !literal && aside(tokens[at]!.role, request);
      status.push(!unknown || loose ? 'free' : literal ? 'covered' : 'uncovered');
      anchors.push(unknown && !loose);
      if (unknown && literal) score += 2;
      if (unknown && !literal && !loose) why ??= 'words';
      continue;
    }
    let covered = false;
    let blocked = false;
    let against = false;
    let otherAct = false;
    // A procedure the request names is what it is about, when the item is about procedures too.
    let anchor = byProcedure && administrative;
    let free = true;
    for (const id of actions) {
      const result = coverAction(id, item, lexicon, procedureCover !== 'yes' ? 'no' : byProcedure ? 'explained' : 'covered');
      free = false;
      if (lexicon.actions.get(id)!.implies) anchor = true;
      if (result === 'blocked') {
        blocked = true;
        opposed = true;
      }
      if (result === 'ok') {
        covered = true;
        actionCovered = true;
        if (item.actions.has(id)) {
          sameAction = true;
          if (tokens[at]!.determined) namedAct = true;
          score += SAME_ACT;
        }
      } else {
        why ??= 'action';
        // Another act than the item's (renewing against applying, registering against checking):
        // the procedure's words it is part of do not make it the item's act.
        if (result === 'no' && !aside(tokens[at]!.role, request)) otherAct = true;
      }
    }
    for (const id of things) {
      const info = lexicon.things.get(id)!;
      if (anchoredThing(id, lexicon)) anchor = true;
      let result = coverThing(id, tokens[at]!.indefinite, item, lexicon);
      // « n'importe quel dentiste » where the item names its dentist: any one is not that one.
      if (tokens[at]!.another && typeof result === 'number' && [...item.things].some((t) => t === id || lexicon.things.get(t)!.ancestors.has(id))) result = 'alternative';
      // A document to print is covered where printing is.
      if (result === null && (carried.has(id) || [...info.ancestors].some((a) => carried.has(a)))) result = 1;
      // The site or a document of the procedure the request is about, when the item covers it.
      if (result === null && procedureCover === 'yes' && best.some((p) => info.procedures.has(p))) result = 1;
      // A device the covered procedure's own words name (« un contrat de téléphone ») is what it is about, not where it is done.
      if (result === 'alternative' && info.kind === 'device' && procedureCover === 'yes' && request.byProcedure[at]) result = 1;
      // A service named with a covered site that offers it (« un généraliste sur Doctolib »), unless
      // the item names another one of its kind (the eye doctor, not the physiotherapist).
      if (result === null && info.kind === 'place' && info.category && siteCategories.has(info.category) && !namesKin(id, item, lexicon)) result = 1;
      // The phone the photos come from, when the request also names the computer they go to and the
      // item names no device: the task is still done on the computer.
      if (result === 'alternative' && info.groups.has('device') && otherEnd) result = 1;
      // The item says this very word for its device (« le portable » where it names « l'ordinateur portable »).
      if (result === 'alternative' && info.kind === 'device' && item.keys.has(tokens[at]!.key)) result = 1;
      // « connecter la tablette au wifi » under an item about the Wi-Fi: the tablet joins what the item sets up.
      if (result === 'alternative' && info.groups.has('device') && servesCovered) result = 1;
      // Whose papers: but a procedure that is about a relative names them (the survivor's pension, family reunification).
      if (info.kind === 'person') result = procedureCover === 'yes' && request.byProcedure[at] ? 'free' : personCover(result, at, request, item, lexicon, administrative);
      // Told of someone else (« la mutuelle me réclame »), or where a paper comes from when the item
      // only handles papers (« la lettre de la CAF », « mes factures EDF » to scan or file): context.
      if (typeof result !== 'number' && result !== 'free' && (tokens[at]!.told || (!administrative && info.kind === 'place' && origin(at, request, lexicon)) || livedIn(at, request, lexicon))) result = 'free';
      // Whom a paper is for (« le certificat de scolarité pour la CAF », « l'attestation que le
      // bailleur demande »), when nothing is sent: not where the item's work is done.
      if ((result === null || result === 'alternative') && info.kind === 'place' && request.paper && !request.moves && (tokens[at]!.role === 'purpose' || tokens[at]!.role === 'scene' || tokens[at]!.asker)) result = 'free';
      // « elle m'a dit au téléphone », « ils répondent plus par téléphone »: how people talk, not a device to work on.
      if (result === 'alternative' && info.kind === 'device' && (tokens[at]!.governedBy === 'au' || tokens[at]!.governedBy === 'par')) result = 'free';
      // One's details and e-mail address, typed into the form of the very site or procedure the item names.
      if (result === null && administrative && (id === 'email_account' || id === 'account' || info.ancestors.has('account'))) result = BESIDE;
      // The item names another one of its kind (another site, brand, device, doctor): whatever
      // else covers this word (the procedure, a purpose), it is not what the item is about.
      if (result === 'alternative' || (result === null && (namesKin(id, item, lexicon) || info.kind === 'person'))) against = true;
      if (result === BESIDE) beside.push(at);
      if (result === 3) exactThing = true;
      if (typeof result === 'number') {
        covered = true;
        thingCovered = true;
        // What only sets the scene (« avant d'aller à la mairie ») does not tell which item it is about.
        if (tokens[at]!.role !== 'scene') score += result;
      } else if (result === 'free') {
        if (info.vague && !info.implicit) looseVague += 1;
      } else {
        free = false;
        if (result === 'alternative') {
          alternativeSeen = true;
          why ??= info.kind === 'device' ? 'device' : 'alternative';
        } else if (info.kind === 'place' && [...item.things].some((t) => lexicon.things.get(t)!.ancestors.has(id))) why ??= 'generic';
        // Another one of the same kind as a thing the item names (the physiotherapist, not the GP).
        if (result === null && namesKin(id, item, lexicon)) sameKind = true;
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
        why ??= procedureCover === 'alt' ? 'category' : 'procedure';
      }
    }
    // A word with several readings (« mettre de côté »: reserve or save) is covered by any one of them.
    if (otherAct && !(covered && actions.length > 1)) against = true;
    if (blocked || against) covered = false;
    // What only sets the scene, a name, or — when nothing is sent or moved — a purpose, is said
    // around the request, not asked for: it needs no cover (a removal still does).
    // A device or a product in a purpose is where it goes (« pour la tablette »): still needed.
    // A known thing after « chez » is still named (« passer chez TotalEnergies »), but a person is a name.
    const sideThing = things.every((id) => !['device', 'product'].includes(lexicon.things.get(id)!.kind));
    const role = tokens[at]!.role;
    const named = role === 'name' && things.some((id) => lexicon.things.get(id)!.kind !== 'person');
    if (!covered && !blocked && !against && !free && aside(role, request) && !named && (role !== 'purpose' || sideThing)) free = true;
    status.push(covered ? 'covered' : free ? 'free' : 'uncovered');
    anchors.push(anchor);
    if (!covered && !free) why ??= 'words';
  }

  // « installer Zoom » under « Régler le micro pour les appels vidéo »: a kind of the broad thing
  // counts only beside the very thing the item is about.
  if (!exactThing) {
    for (const at of beside) status[at] = 'uncovered';
    if (beside.length > 0) why ??= 'words';
  }
  const anyAnchor = anchors.includes(true);
  const anchorCovered = anchors.some((a, i) => a && status[i] === 'covered');
  // A request naming nothing precise is covered when it does something the item covers to a
  // thing the item covers (« créer un dossier » for « Ranger les dossiers »), or does the very
  // action of an item that names nothing precise either (« faire les mises à jour »).
  // « corriger sa déclaration » names the item's very act as a noun: it is about that act.
  const bareMatch = !anyAnchor && actionCovered && (thingCovered || namedAct || (!item.anchored && sameAction && looseVague === 0));
  const earned = !status.includes('uncovered') && (anchorCovered || bareMatch);
  const related = anchorCovered || thingCovered || alternativeSeen || sameKind || why === 'generic' || procedureCover === 'alt' || (best.length > 0 && neighbours(best, item));
  // The request's own words that the item says too (« le relevé », « la pré-demande »), outside the scene.
  let literal = 0;
  // A site's name is already matched as that site, however it is spelt (« France Travail », « francetravail.fr »).
  const place = (at: number) => request.things[at]!.some((t) => lexicon.things.get(t)!.kind === 'place');
  for (let at = 0; at < tokens.length; at++) if (status[at] === 'covered' && tokens[at]!.role !== 'scene' && !place(at) && item.keys.has(tokens[at]!.key)) literal += 1;
  return { item, status, anchors, earned, score, literal, related, conflict: opposed && exactThing, why: earned ? null : why };
}
