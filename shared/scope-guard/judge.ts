import type { Message } from '../messages/message';
import { analyze, type Analysis } from './analyze';
import { excludedReason, inScopeReason, OUT_OF_SCOPE_REASON, PROCEDURE_REASON, sensitiveReason, UNCLEAR_REASON } from './reasons';
import { THESAURUS, type CompiledThesaurus } from './thesaurus';

/**
 * The scope guard's decision. Order matters and is the product rule: sensitive first (whatever
 * the mandate says), then the mandate's exclusions, then its scope items; what is left is either
 * out of scope (a new intervention) or too vague to judge.
 */

export type VerdictKind = 'in_scope' | 'out_of_scope' | 'sensitive' | 'unclear';

export interface Verdict {
  verdict: VerdictKind;
  matchedScope: string | null;
  /** What to tell the helper, keyed (reasons.ts). */
  reason: Message;
}

interface CompiledText {
  text: string;
  analysis: Analysis;
  /** The concepts the text is about: its strong ones, or its weak ones when it has no strong one. */
  defining: ReadonlySet<string>;
}

export interface CompiledMandate {
  scope: readonly CompiledText[];
  exclusions: readonly (CompiledText & { sensitive: boolean })[];
  thesaurus: CompiledThesaurus;
}

// Weights of a request's evidence: the first strong concept usually names the object of the
// request, later ones its details; weak words and unknown words count for less.
const FIRST_STRONG = 1;
const LATER_STRONG = 0.7;
const WEAK = 0.4;
const UNKNOWN = 0.5;
// Unknown words next to a named concept are mostly chatter ("reconnue", "mardi"): they count less.
const UNKNOWN_BESIDE_STRONG = 0.3;
// A concept the request names after a preposition is a detail of its subject ("… pour la mutuelle").
const QUALIFIER = 0.5;
// Coverage through the hierarchy: a broader scope item covers a narrower request almost fully;
// a broader request ("une visio") under a narrower item ("Installer Zoom") is still about it.
const VIA_ANCESTOR = 0.9;
const VIA_DESCENDANT = 0.8;
const VIA_QUALIFIER = 0.5;
// A concept the thesaurus relates to the request's ("agrandir l'affichage" / "texte trop petit").
const VIA_RELATED = 0.8;
// Share of the request's evidence an item must cover.
const MIN_COVER_WITH_STRONG = 0.5;
const MIN_COVER_WITHOUT_STRONG = 0.75;

function compileText(text: string, thesaurus: CompiledThesaurus): CompiledText {
  const analysis = analyze(text, thesaurus);
  const strong = [...analysis.concepts].filter(([, hit]) => hit.strength === 'strong').map(([id]) => id);
  const defining = new Set(strong.length > 0 ? strong : [...analysis.concepts.keys()]);
  return { text, analysis, defining };
}

export function compileMandate(scope: readonly string[], exclusions: readonly string[], thesaurus: CompiledThesaurus = THESAURUS): CompiledMandate {
  return {
    scope: scope.filter((item) => item.trim().length > 0).map((item) => compileText(item, thesaurus)),
    exclusions: exclusions
      .filter((item) => item.trim().length > 0)
      .map((item) => {
        const compiled = compileText(item, thesaurus);
        return { ...compiled, sensitive: compiled.analysis.sensitive.size > 0 };
      }),
    thesaurus,
  };
}

function ancestorsOf(id: string, thesaurus: CompiledThesaurus): ReadonlySet<string> {
  return thesaurus.concepts.get(id)?.ancestors ?? new Set();
}

/** Two distinct concepts under one parent, neither above the other: "zoom" and "whatsapp", "ordinateur" and "téléphone". */
function siblings(a: string, b: string, thesaurus: CompiledThesaurus): boolean {
  if (a === b) return false;
  const infoA = thesaurus.concepts.get(a);
  const infoB = thesaurus.concepts.get(b);
  if (!infoA || !infoB || infoA.ancestors.has(b) || infoB.ancestors.has(a)) return false;
  for (const parent of infoA.parents) if (infoB.parents.has(parent)) return true;
  return false;
}

/** How much of concept `id` an item covers (0 to 1), and whether that coverage is a real hit. */
function conceptCoverage(id: string, item: CompiledText, thesaurus: CompiledThesaurus): { share: number; hit: boolean } {
  if (item.defining.has(id)) return { share: 1, hit: true };
  const ancestors = ancestorsOf(id, thesaurus);
  for (const covering of item.defining) {
    if (!ancestors.has(covering)) continue;
    // The item names a parent of the request's concept, but as a detail ("sur ANTS", "du navigateur")
    // of another child of that parent: "carte d'identité sur ANTS" does not cover "passeport". A
    // parent named as such ("Papiers - Citoyenneté - Élections") covers all its children.
    const aboutSibling =
      item.analysis.qualifiers.has(covering) &&
      [...item.defining].some((other) => other !== covering && ancestorsOf(other, thesaurus).has(covering) && siblings(other, id, thesaurus));
    return aboutSibling ? { share: VIA_QUALIFIER, hit: false } : { share: VIA_ANCESTOR, hit: true };
  }
  // A broader request is about a narrower item only one level down: "une visio" for "Installer
  // Zoom", but not "la mairie" (all papers) for "carte grise" (a procedure two levels below).
  for (const covering of item.defining) {
    if (thesaurus.concepts.get(covering)?.parents.has(id)) return { share: VIA_DESCENDANT, hit: !item.analysis.qualifiers.has(covering) };
  }
  const related = thesaurus.concepts.get(id)?.related;
  if (related && related.size > 0) {
    for (const covering of item.defining) if (related.has(covering)) return { share: VIA_RELATED, hit: true };
  }
  return { share: 0, hit: false };
}

interface ItemScore {
  matched: boolean;
  score: number;
}

/** Siblings under a parent whose children are alternatives. */
function alternatives(a: string, b: string, thesaurus: CompiledThesaurus): boolean {
  if (!siblings(a, b, thesaurus)) return false;
  const infoB = thesaurus.concepts.get(b)!;
  for (const parent of thesaurus.concepts.get(a)!.parents) if (infoB.parents.has(parent) && thesaurus.concepts.get(parent)?.exclusive) return true;
  return false;
}

function scoreItem(request: Analysis, item: CompiledText, thesaurus: CompiledThesaurus): ItemScore {
  const requestHasStrong = [...request.concepts.values()].some((hit) => hit.strength === 'strong');
  let total = 0;
  let covered = 0;
  let hit = false;
  for (const [id, evidence] of request.concepts) {
    if (thesaurus.concepts.get(id)?.procedure) continue;
    // A concept of the request that only details another one of its concepts ("ants" beside
    // "carte d'identité") says nothing of its own: the narrower one decides.
    if ([...request.concepts].some(([other, hit]) => other !== id && hit.strength === 'strong' && ancestorsOf(other, thesaurus).has(id))) continue;
    // A narrower concept named with its parent ("scanner": printer and scan) takes the parent's rank.
    const ancestors = ancestorsOf(id, thesaurus);
    const first = evidence.rank === 0 || [...request.concepts].some(([other, hit]) => hit.rank === 0 && ancestors.has(other));
    let weight = evidence.strength === 'strong' ? (first ? FIRST_STRONG : LATER_STRONG) : WEAK;
    if (evidence.strength === 'strong' && evidence.rank > 0 && request.qualifiers.has(id)) weight = Math.min(weight, QUALIFIER);
    total += weight;
    const coverage = conceptCoverage(id, item, thesaurus);
    // Same kind of thing, another one: the request names one thing, the item its sibling
    // ("installer Zoom" against "Configurer WhatsApp", "mettre à jour l'iPhone" against "… de Windows").
    // Only the request's subject (its first strong concept) or a device against a device vetoes.
    if (coverage.share === 0 && !item.analysis.concepts.has(id)) {
      for (const [other, otherHit] of item.analysis.concepts) {
        if (item.analysis.qualifiers.has(other) && otherHit.strength === 'strong') continue;
        if ((first || otherHit.strength === 'weak') && alternatives(id, other, thesaurus)) return { matched: false, score: 0 };
      }
    }
    covered += weight * coverage.share;
    // A weak word ("logiciel", "dossier") makes a match only when the request has nothing more precise.
    if (coverage.hit && (evidence.strength === 'strong' || !requestHasStrong)) hit = true;
  }
  let unknownHit = false;
  const unknownWeight = requestHasStrong ? UNKNOWN_BESIDE_STRONG : UNKNOWN;
  for (const key of request.unknown) {
    total += unknownWeight;
    if (item.analysis.keys.has(key)) {
      covered += unknownWeight;
      unknownHit = true;
    }
  }
  if (total === 0) return { matched: false, score: 0 };
  // A request of weak words only ("un rdv à la mairie") is about all of them: one the item does
  // not mention at all, unless it is vague ("la tablette"), means another task.
  if (!requestHasStrong) {
    for (const [id] of request.concepts) {
      const info = thesaurus.concepts.get(id);
      if (info?.procedure || info?.vague) continue;
      if (!item.analysis.concepts.has(id) && conceptCoverage(id, item, thesaurus).share === 0) return { matched: false, score: 0 };
    }
  }
  const share = covered / total;
  const matched = hit ? share >= MIN_COVER_WITH_STRONG : unknownHit && !requestHasStrong && share >= MIN_COVER_WITHOUT_STRONG;
  // Ties between items about the same concept go to the one sharing the most words with the request.
  let sharedWords = 0;
  for (const key of request.keys) if (item.analysis.keys.has(key)) sharedWords += 1;
  return { matched, score: covered + share * 0.1 + sharedWords * 0.05 };
}

function matchesExclusion(request: Analysis, exclusion: CompiledText & { sensitive: boolean }, thesaurus: CompiledThesaurus): boolean {
  const ex = exclusion.analysis;
  // Exclusions about passwords or money are already enforced by the sensitive rule; their other
  // words only qualify ("le mot de passe de la box" does not exclude the box itself).
  if (exclusion.sensitive) return false;
  const actionOk = ex.actions.size === 0 || [...ex.actions].some((a) => request.actions.has(a));
  if (!actionOk) return false;
  const exStrong = [...ex.concepts].filter(([, hit]) => hit.strength === 'strong').map(([id]) => id);
  if (exStrong.length === 0 && ex.actions.size > 0) return true; // "Ne rien installer": the action alone is excluded.
  const targets = exStrong.length > 0 ? exStrong : [...ex.concepts.keys()].filter((id) => !thesaurus.concepts.get(id)?.vague);
  for (const id of request.concepts.keys()) {
    if (targets.includes(id) || targets.some((t) => ancestorsOf(id, thesaurus).has(t))) return true;
  }
  if (targets.length === 0) return request.unknown.some((key) => ex.keys.has(key));
  return false;
}

export function judge(mandate: CompiledMandate, request: string): Verdict {
  const { thesaurus } = mandate;
  const analysis = analyze(request, thesaurus);

  if (analysis.sensitive.size > 0) return { verdict: 'sensitive', matchedScope: null, reason: sensitiveReason(analysis.sensitive) };

  for (const exclusion of mandate.exclusions) {
    if (matchesExclusion(analysis, exclusion, thesaurus)) return { verdict: 'out_of_scope', matchedScope: null, reason: excludedReason(exclusion.text) };
  }

  const substantive = [...analysis.concepts.keys()].filter((id) => !thesaurus.concepts.get(id)?.procedure);
  if (substantive.length === 0 && analysis.unknown.length === 0) {
    if (analysis.concepts.size > 0) return { verdict: 'in_scope', matchedScope: null, reason: PROCEDURE_REASON };
    return { verdict: 'unclear', matchedScope: null, reason: UNCLEAR_REASON };
  }

  let best: { item: CompiledText; score: number } | null = null;
  for (const item of mandate.scope) {
    const result = scoreItem(analysis, item, thesaurus);
    if (result.matched && (!best || result.score > best.score)) best = { item, score: result.score };
  }
  if (best) return { verdict: 'in_scope', matchedScope: best.item.text, reason: inScopeReason(best.item.text) };

  const onlyVague = analysis.unknown.length === 0 && substantive.every((id) => thesaurus.concepts.get(id)?.vague);
  if (onlyVague) return { verdict: 'unclear', matchedScope: null, reason: UNCLEAR_REASON };
  return { verdict: 'out_of_scope', matchedScope: null, reason: OUT_OF_SCOPE_REASON };
}

export interface JudgeInput {
  scope: string[];
  exclusions: string[];
  request: string;
}

/** One-off judgement; to re-judge while the helper types, compile the mandate once and call `judge`. */
export function judgeRequest(input: JudgeInput): Verdict {
  return judge(compileMandate(input.scope, input.exclusions), input.request);
}
