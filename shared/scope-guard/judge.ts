import { CATEGORIES, type CategoryId } from '../procedures/index';
import { analyze, isChatter, type Analysis, type Reader } from './analyze';
import { cover, isAnchored, namesThing, readRequest, type CompiledItem, type Coverage } from './cover';
import { ACCOUNT_WORDS } from './request-words';
import { clausesOf } from './clauses';
import { compileExclusion, excludes, type CompiledExclusion } from './exclusions';
import { compileLexicon, type SensitiveKind } from './lexicon';
import { fold } from './normalize';
import { compileProcedures } from './procedures';
import type { Evidence, Verdict } from './verdict';
import languageData from './data/language.json';
import sessionData from './data/session.json';
import { phraseKeys } from './text';

const ITEM_VERBS = new Map<string, string>(Object.entries(languageData.itemVerbs));
let around: ReadonlySet<string> | null = null;

/**
 * The rule, in the order a helper needs it:
 * 1. nothing said → unclear;
 * 2. a secret, bank details, a payment or a purchase → sensitive, whatever the mandate says;
 * 3. only the Quick Assist connection (the security code…) → in scope, it is the session itself;
 * 4. an exclusion whose action and object the request names → excluded;
 * 5. an item that covers every word the request says → in scope (the best covered);
 * 6. nothing precise named → unclear;
 * 7. an item that covers part of it → check, with the words it does not cover;
 * 8. otherwise → out of scope.
 * Callers pass only the items in force (withdrawn items and ended mandates are left out).
 */

export interface CompiledMandate {
  items: readonly CompiledItem[];
  exclusions: readonly CompiledExclusion[];
  reader: Reader;
}

let shared: Reader | null = null;
/** The vocabulary and procedures, compiled on first use and shared by every mandate. */
export function reader(): Reader {
  if (!shared) {
    const lexicon = compileLexicon();
    shared = { lexicon, procedures: compileProcedures(lexicon) };
  }
  return shared;
}

const squash = (text: string) => fold(text).replace(/[^a-z0-9]+/g, ' ').trim();
const CATEGORY_LABELS = CATEGORIES.map((c) => ({ id: c.id, label: squash(c.label) }));

/** A bare category, or the text after a category written as a prefix (« Logement - dossier HLM »). */
function splitCategory(text: string): { category: CategoryId | null; rest: string } {
  const folded = squash(text);
  for (const { id, label } of CATEGORY_LABELS) {
    if (folded === label) return { category: id, rest: '' };
    if (folded.startsWith(`${label} `)) {
      const words = label.split(' ').length;
      const rest = text.split(/[\s\-–—:,/]+/).filter(Boolean).slice(words).join(' ');
      return { category: null, rest };
    }
  }
  return { category: null, rest: text };
}

function compileItem(text: string, r: Reader): CompiledItem {
  const { category, rest } = splitCategory(text);
  // An item may say what it leaves out too (« … sans souscrire »).
  const opening = analyze(rest, r, true);
  const verb = ITEM_VERBS.get(opening.tokens[0]?.word ?? '');
  // « Demander la retraite en ligne »: the everyday verb an item opens on is its act.
  // The acts an item names as nouns after an article (« Vérifier l'inscription ») are what it
  // is about, not what it does: its verbs say that, when it has any (« l'imprimer » is a verb).
  const noun = (t: (typeof opening.tokens)[number]) => t.determined && !/(?:er|ir|re)$/.test(t.word);
  const verbs = new Set(opening.tokens.flatMap((t, at) => (noun(t) ? [] : opening.refs[at]!.flatMap((ref) => (ref.type === 'action' ? [ref.id] : [])))));
  const acts = verb && opening.actions.size === 0 ? new Set([verb]) : verbs.size > 0 ? verbs : opening.actions;
  const analysis = { ...opening, actions: acts };
  const named = new Set(analysis.things);
  // A broad thing named after a narrower one it holds is the setting of that one.
  // Only a part qualifies it: « WhatsApp pour les appels vidéo » is about video calls, WhatsApp
  // being a kind of video-call application; « la page d'accueil du navigateur » is about the page.
  const things = r.lexicon.things;
  const partOf = (part: string, whole: string) => things.get(part)!.ancestors.has(whole) && ![...things.get(part)!.groups].some((g) => g === whole || things.get(g)!.ancestors.has(whole));
  const qualified = new Set(analysis.things.filter((t, i) => analysis.things.slice(0, i).some((earlier) => partOf(earlier, t))));
  // A vague thing owned by a place is one precise thing (« l'application de la mairie »).
  const owned = new Set(analysis.things.filter((t, i) => things.get(t)!.vague && things.get(analysis.things[i + 1] ?? '')?.kind === 'place'));
  const sites = [...named].filter((t) => t.startsWith('site:'));
  const siteProcedures = analysis.procedures.best.length === 0 && sites.length > 0 ? new Set(sites.flatMap((t) => [...things.get(t)!.procedures])) : null;
  const item: CompiledItem = {
    clauses: [],
    sites: [...named].filter((t) => things.get(t)!.site),
    siteProcedures,
    opensAccount: siteProcedures !== null && acts.has('create') && opening.tokens.some((t) => ACCOUNT_WORDS.has(t.word)),
    qualified,
    owned,
    memo: { things: new Map(), indefinite: new Map(), actions: new Map() },
    text,
    analysis,
    category,
    things: named,
    actions: analysis.actions,
    procedures: new Set(analysis.procedures.best),
    keys: new Set(analysis.tokens.map((t) => t.key)),
    anchored: category !== null || isAnchored(analysis, r.lexicon),
    unknownAct: acts.size === 0 && opening.tokens[0] !== undefined && opening.refs[0]!.every((ref) => ref.type === 'filler') && !r.lexicon.light.has(opening.tokens[0].word) && !ITEM_VERBS.has(opening.tokens[0].word) && /(?:er|ir|re)$/.test(opening.tokens[0].word),
  };
  return { ...item, clauses: clausesOf(item) };
}


export function compileMandate(scope: readonly string[], exclusions: readonly string[], r: Reader = reader()): CompiledMandate {
  const texts = (list: readonly string[]) => list.filter((t) => t.trim().length > 0);
  return {
    items: texts(scope).map((text) => compileItem(text, r)),
    exclusions: texts(exclusions).map((text) => compileExclusion(text, analyze(text, r), r.lexicon)),
    reader: r,
  };
}

/** The typed words at these token positions, grouped into runs of neighbouring words. */
function quote(request: Analysis, positions: readonly number[]): string[] {
  const runs: { start: number; end: number; last: number }[] = [];
  for (const at of [...new Set(positions)].sort((a, b) => a - b)) {
    const t = request.tokens[at]!;
    const run = runs.at(-1);
    if (run && (at === run.last + 1 || t.start < run.end)) {
      run.end = Math.max(run.end, t.end);
      run.last = at;
    } else runs.push({ start: t.start, end: t.end, last: at });
  }
  return runs.map((r) => request.text.slice(r.start, r.end));
}

const evidence = (partial: Partial<Evidence> = {}): Evidence => ({ matched: [], uncovered: [], flagged: [], ...partial });

const SENSITIVE_ORDER: SensitiveKind[] = ['password', 'bank', 'payment', 'purchase'];

function positions(c: Coverage, status: 'covered' | 'uncovered'): number[] {
  return c.status.flatMap((s, i) => (s === status ? [i] : []));
}

/**
 * Between two items that both cover a request, the closer one: the better covered words, and the
 * request's own words the item says too (« le relevé » goes to « Transmettre le relevé du compteur »,
 * not to « … les factures EDF »).
 */
function better(a: Coverage, b: Coverage | null): boolean {
  return b === null || a.score + LITERAL * a.literal > b.score + LITERAL * b.literal;
}
const LITERAL = 2;

export function judge(mandate: CompiledMandate, text: string): Verdict {
  const r = mandate.reader;
  const AROUND = (around ??= new Set(sessionData.around.flatMap((w) => phraseKeys(w, r.lexicon.language))));
  const request = analyze(text, r, true);
  if (request.tokens.length === 0) return { verdict: 'unclear', matchedScope: null, evidence: evidence() };

  if (request.sensitive.size > 0) {
    const kind = SENSITIVE_ORDER.find((k) => request.sensitive.has(k))!;
    const exclusion = mandate.exclusions.find((x) => x.sensitive.has(kind));
    const flagged = quote(request, [...request.sensitive.values()].flat());
    return { verdict: 'sensitive', matchedScope: null, sensitiveKind: kind, ...(exclusion ? { exclusion: exclusion.text } : {}), evidence: evidence({ flagged }) };
  }

  const said = request.refs.map((list, at) => (isChatter(list) && !request.procedures.best.some((p) => request.procedures.explained.get(p)?.has(at)) ? null : at)).filter((at) => at !== null);
  // The Quick Assist connection itself (the six letters, « Autoriser », the window): the session,
  // when all else said is about typing, clicking or the window.
  const session = request.refs.some((list) => list.some((ref) => ref.type === 'session'));
  const aroundSession = (at: number) => !said.includes(at) || request.refs[at]!.some((ref) => ref.type === 'session') || AROUND.has(request.tokens[at]!.key) || (request.refs[at]!.length === 0 && !namesThing(request, at));
  if (session && request.tokens.every((_, at) => aroundSession(at))) return { verdict: 'in_scope', matchedScope: null, evidence: evidence() };

  const excluded = (exclusions: readonly CompiledExclusion[]): Verdict | null => {
    for (const exclusion of exclusions) {
      const at = excludes(exclusion, request, r.lexicon);
      if (at) return { verdict: 'excluded', matchedScope: null, exclusion: exclusion.text, evidence: evidence({ matched: quote(request, at).map((words) => ({ words, item: exclusion.text })) }) };
    }
    return null;
  };
  const plain = excluded(mandate.exclusions.filter((x) => !x.other));
  if (plain) return plain;

  if (mandate.items.length === 0) {
    const other = excluded(mandate.exclusions.filter((x) => x.other));
    if (other) return other;
    return said.length === 0
      ? { verdict: 'unclear', matchedScope: null, evidence: evidence() }
      : { verdict: 'out_of_scope', matchedScope: null, why: 'no_scope', evidence: evidence({ uncovered: quote(request, said) }) };
  }

  const words = readRequest(request, r.lexicon);
  const coverages = mandate.items.map((item) => cover(words, item, r.lexicon));
  let full: Coverage | null = null;
  for (const c of coverages) if (c.earned && better(c, full)) full = c;
  // Another item names that very thing to do the opposite: a broad item's cover is in doubt.
  const conflict = coverages.find((c) => c.conflict);
  const earned = full && !(conflict && full.score < conflict.score) ? full : null;
  if (earned) {
    const item = earned.item.text;
    return { verdict: 'in_scope', matchedScope: item, evidence: evidence({ matched: quote(request, positions(earned, 'covered')).map((words) => ({ words, item })) }) };
  }

  // « Ne pas installer d'autre logiciel »: what no item covers.
  const other = excluded(mandate.exclusions.filter((x) => x.other));
  if (other) return other;

  // Nothing precise, and not both something to do and something to do it to: too vague.
  const namesAnAct = request.tokens.some((t, at) => t.determined && request.refs[at]!.some((ref) => ref.type === 'action'));
  const doesSomething = (request.actions.size > 0 && request.things.length > 0) || namesAnAct;
  if (!coverages[0]!.anchors.includes(true) && !doesSomething) return { verdict: 'unclear', matchedScope: null, evidence: evidence() };

  let partial: Coverage | null = null;
  for (const c of coverages) if (c.related && better(c, partial)) partial = c;
  if (conflict) partial = conflict;
  if (partial) {
    const matched = quote(request, positions(partial, 'covered')).map((words) => ({ words, item: partial!.item.text }));
    return { verdict: 'check', matchedScope: partial.item.text, why: partial.why ?? 'words', evidence: evidence({ matched, uncovered: quote(request, positions(partial, 'uncovered')) }) };
  }
  const uncovered = quote(request, positions(coverages[0]!, 'uncovered'));
  return { verdict: 'out_of_scope', matchedScope: null, why: 'no_item', evidence: evidence({ uncovered: uncovered.length > 0 ? uncovered : quote(request, said) }) };
}

export interface JudgeInput {
  scope: readonly string[];
  exclusions: readonly string[];
  request: string;
}

/** One-off judgement; to re-judge while the helper types, compile the mandate once and call `judge`. */
export function judgeRequest(input: JudgeInput): Verdict {
  return judge(compileMandate(input.scope, input.exclusions), input.request);
}
