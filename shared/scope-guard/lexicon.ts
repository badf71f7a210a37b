import { PROCEDURES, SITES, type CategoryId } from '../procedures/index';
import actionData from './data/actions.json';
import languageData from './data/language.json';
import sensitiveData from './data/sensitive.json';
import sessionData from './data/session.json';
import thingData from './data/things.json';
import { phraseKeys, phraseWords, splitRewrites, tokens, vocabularyOf, type Language } from './text';

/**
 * Compiles the guard's data (data/*.json and the procedures of shared/procedures) into the
 * tables the analyser reads: one index of phrases, each naming what it stands for, and the
 * relations between things and between actions. Built once, when the guard is loaded.
 */

export type SensitiveKind = 'password' | 'bank' | 'payment' | 'purchase';
export type Family = 'setup' | 'use' | 'create' | 'transfer' | 'send' | 'obtain' | 'print' | 'scan' | 'modify' | 'organise' | 'remove' | 'money';
export type ThingKind = 'device' | 'product' | 'place' | 'object' | 'document' | 'person';

export type Ref =
  | { type: 'action'; id: string }
  | { type: 'thing'; id: string }
  | { type: 'sensitive'; kind: SensitiveKind }
  | { type: 'neutral' | 'filler' | 'session' };

export interface Phrase {
  keys: readonly string[];
  refs: readonly Ref[];
  /** For a one-word phrase: the spellings each ref was written with ("imprimante" is the device, "imprimer" the action). */
  spellings: readonly (readonly string[])[];
}


export interface ActionInfo {
  id: string;
  family: Family;
  parent: string | null;
  implies: string | null;
  /** Things this action is done on by nature (printing a document). */
  carries: readonly string[];
  sensitive: SensitiveKind | null;
  /** A distinct act of its family: not covered by another distinct act of the same family. */
  distinct: boolean;
  /** Families it covers beyond its own family's (a declaration is corrected: « modify »). */
  alsoCovers: readonly Family[];
}

export interface ThingInfo {
  id: string;
  kind: ThingKind;
  /** Every thing whose naming covers this one (transitively). */
  ancestors: ReadonlySet<string>;
  /** The exclusive groups it belongs to: another member of one of them is an alternative to it. */
  groups: ReadonlySet<string>;
  vague: boolean;
  implicit: boolean;
  category: CategoryId | null;
  /** For a site: the procedures done there; for a document: the procedures that use it. */
  procedures: ReadonlySet<string>;
  label: string;
  /** An organisation's site or service (caf.fr, the MSA, EDF): another one is another service. */
  site: boolean;
  /** Other devices join it (the box, the Wi-Fi): an item about it covers the device connected. */
  serves: boolean;
}

export interface Combo {
  kind: SensitiveKind;
  all: readonly string[];
  any: readonly string[];
  none: readonly string[];
  /** When set, an `any` word must stand within this many words of an `all` word. */
  window: number | null;
}

export interface Lexicon {
  language: Language;
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  actions: ReadonlyMap<string, ActionInfo>;
  things: ReadonlyMap<string, ThingInfo>;
  covers: ReadonlyMap<Family, ReadonlySet<Family>>;
  opposites: ReadonlySet<string>;
  combos: readonly Combo[];
  /** Folded words a procedure's phrase may leave out. */
  light: ReadonlySet<string>;
}

interface ThingSpec {
  id: string;
  kind: ThingKind;
  terms: string[];
  under?: string[];
  exclusive?: boolean;
  vague?: boolean;
  implicit?: boolean;
  category?: CategoryId;
  site?: boolean;
  serves?: boolean;
  /** For a site's brand (EDF under the energy suppliers): the procedures done on that site. */
  procedureSite?: string;
}

interface ActionSpec {
  id: string;
  family: Family;
  terms: string[];
  parent?: string;
  implies?: string;
  carries?: string[];
  sensitive?: SensitiveKind;
  distinct?: boolean;
  alsoCovers?: Family[];
}

interface ComboSpec {
  all: string[];
  any?: string[];
  none?: string[];
  window?: number;
}

/**
 * Sites that are a way in, not an organisation: one logs in through FranceConnect, finds the
 * form on service-public.fr or the mairie's portal for many services.
 */
const GENERIC_SITES = new Set(['franceconnect', 'france_identite', 'laposte_identite', 'service_public', 'mairie', 'bank_site', 'insurer_site', 'mutuelle_site', 'hospital_site']);

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function compileLexicon(): Lexicon {
  const rewrites = splitRewrites(languageData.rewrites);
  const keep = new Set(languageData.keep);
  const words: string[] = [];
  // The vocabulary is filled while terms are compiled; correction is off during compilation.
  const language: Language & { vocabulary: Map<string, string[]>; known: Set<string>; knownKeys: Set<string> } = {
    rewrites,
    keep,
    vocabulary: new Map(),
    known: new Set(),
    knownKeys: new Set(),
  };
  const byFirst = new Map<string, Map<string, { keys: string[]; refs: Ref[]; spellings: string[][] }>>();
  const add = (term: string, ref: Ref) => {
    words.push(...phraseWords(term));
    const keys = phraseKeys(term, language);
    if (keys.length === 0) return;
    const signature = keys.join(' ');
    const phrases = byFirst.get(keys[0]!) ?? new Map<string, { keys: string[]; refs: Ref[]; spellings: string[][] }>();
    const phrase = phrases.get(signature) ?? { keys, refs: [], spellings: [] };
    let at = phrase.refs.findIndex((r) => JSON.stringify(r) === JSON.stringify(ref));
    if (at < 0) {
      phrase.refs.push(ref);
      phrase.spellings.push([]);
      at = phrase.refs.length - 1;
    }
    if (keys.length === 1) phrase.spellings[at]!.push(...tokens(term, language, false).map((t) => t.word));
    phrases.set(signature, phrase);
    byFirst.set(keys[0]!, phrases);
  };

  for (const word of languageData.filler) add(word, { type: 'filler' });
  for (const term of sensitiveData.neutral) add(term, { type: 'neutral' });
  for (const term of sessionData.terms) add(term, { type: 'session' });
  for (const [kind, spec] of Object.entries(sensitiveData.kinds)) for (const term of spec.terms) add(term, { type: 'sensitive', kind: kind as SensitiveKind });

  const actions = new Map<string, ActionInfo>();
  for (const spec of actionData.actions as ActionSpec[]) {
    actions.set(spec.id, { id: spec.id, family: spec.family, parent: spec.parent ?? null, implies: spec.implies ?? null, carries: spec.carries ?? [], sensitive: spec.sensitive ?? null, distinct: spec.distinct === true, alsoCovers: spec.alsoCovers ?? [] });
    for (const term of spec.terms) add(term, { type: 'action', id: spec.id });
  }

  // Things: the hand-written ones, then the procedures' sites and documents.
  const specs: (ThingSpec & { procedures?: Set<string>; label?: string })[] = [...(thingData.things as ThingSpec[])];
  for (const site of SITES) {
    const hosted = new Set(PROCEDURES.filter((p) => p.sites.includes(site.id)).map((p) => p.id));
    specs.push({ id: `site:${site.id}`, kind: 'place', terms: [...site.terms], procedures: hosted, label: site.label, site: !GENERIC_SITES.has(site.id) });
  }
  const documents = new Map<string, { terms: Set<string>; procedures: Set<string> }>();
  for (const p of PROCEDURES) {
    for (const written of p.documents) {
      // « attestation fiscale (montant à déclarer) »: people name it without what is in brackets.
      const doc = written.replace(/\([^)]*\)/g, ' ').trim();
      const id = `doc:${phraseKeys(doc, language).join('-')}`;
      const entry = documents.get(id) ?? { terms: new Set(), procedures: new Set() };
      entry.terms.add(doc);
      entry.procedures.add(p.id);
      documents.set(id, entry);
    }
  }
  // A document worded exactly as one of our things (« CV », « formulaire ») is that thing.
  const written = new Set((thingData.things as ThingSpec[]).flatMap((t) => t.terms.map((term) => phraseKeys(term, language).join('-'))));
  for (const [id, doc] of documents) {
    const terms = [...doc.terms].filter((term) => !written.has(phraseKeys(term, language).join('-')));
    if (terms.length > 0) specs.push({ id, kind: 'document', terms, under: ['document'], procedures: doc.procedures, label: terms[0]! });
  }

  const byId = new Map(specs.map((s) => [s.id, s]));
  const category = (procedures: ReadonlySet<string>): CategoryId | null => {
    const found = new Set(PROCEDURES.filter((p) => procedures.has(p.id)).map((p) => p.category));
    return found.size === 1 ? [...found][0]! : null;
  };
  const things = new Map<string, ThingInfo>();
  for (const spec of specs) {
    const ancestors = new Set<string>();
    const groups = new Set<string>();
    const stack = [...(spec.under ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      const parent = byId.get(id);
      if (!parent) throw new Error(`scope-guard things: unknown "${id}" under "${spec.id}"`);
      if (ancestors.has(id)) continue;
      ancestors.add(id);
      if (parent.exclusive) groups.add(id);
      stack.push(...(parent.under ?? []));
    }
    const procedures = spec.procedures ?? (spec.procedureSite ? new Set(PROCEDURES.filter((p) => p.sites.includes(spec.procedureSite!)).map((p) => p.id)) : new Set<string>());
    things.set(spec.id, {
      id: spec.id,
      kind: spec.kind,
      ancestors,
      groups,
      vague: spec.vague === true,
      implicit: spec.implicit === true,
      category: spec.category ?? category(procedures),
      procedures,
      label: spec.label ?? spec.terms[0] ?? spec.id,
      site: spec.site === true,
      serves: spec.serves === true,
    });
    for (const term of spec.terms) add(term, { type: 'thing', id: spec.id });
  }
  for (const action of actions.values()) {
    if (action.implies && !things.has(action.implies)) throw new Error(`scope-guard actions: unknown thing "${action.implies}"`);
    if (action.parent && !actions.has(action.parent)) throw new Error(`scope-guard actions: unknown parent "${action.parent}"`);
  }

  const phrases = new Map<string, Phrase[]>();
  for (const [first, list] of byFirst) phrases.set(first, [...list.values()].sort((a, b) => b.keys.length - a.keys.length));

  const covers = new Map<Family, ReadonlySet<Family>>();
  for (const [family, list] of Object.entries(actionData.covers)) covers.set(family as Family, new Set(list as Family[]));
  const opposites = new Set<string>();
  for (const [a, b] of actionData.opposites) {
    if (!actions.has(a!) || !actions.has(b!)) throw new Error(`scope-guard actions: unknown opposite ${a} / ${b}`);
    opposites.add(pairKey(a!, b!));
  }

  const combos: Combo[] = [];
  const keysOf = (list: string[] | undefined) => (list ?? []).flatMap((w) => phraseKeys(w, language));
  for (const [kind, spec] of Object.entries(sensitiveData.kinds)) {
    for (const combo of spec.combos as ComboSpec[]) {
      words.push(...combo.all, ...(combo.any ?? []));
      combos.push({ kind: kind as SensitiveKind, all: keysOf(combo.all), any: keysOf(combo.any), none: keysOf(combo.none), window: combo.window ?? null });
    }
  }

  // Procedure phrases are words the guard knows too (typos towards them are corrected).
  for (const p of PROCEDURES) for (const text of [p.label, ...p.spokenNames, ...p.subtasks]) words.push(...phraseWords(text));
  const { vocabulary, known, knownKeys } = vocabularyOf(words.filter((w) => w.length > 1));
  language.vocabulary = vocabulary;
  language.known = known;
  language.knownKeys = knownKeys;

  const light = new Set(languageData.light.flatMap((w) => phraseWords(w)));
  return { language, phrases, actions, things, covers, opposites, combos, light };
}
