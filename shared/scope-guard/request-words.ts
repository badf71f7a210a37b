import { isChatter, type Analysis } from './analyze';
import type { Lexicon } from './lexicon';

/** What a request's words stand for, worked out once for all the items, and which words name something. */

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
  /** Names an account (« mon compte », « un espace »). */
  account: boolean;
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
    account: analysis.tokens.some((t) => ACCOUNT_WORDS.has(t.word)),
    paper: analysis.things.some((t) => t === 'document' || t.startsWith('doc:') || lexicon.things.get(t)!.ancestors.has('document')),
  };
}

export function anchoredThing(id: string, lexicon: Lexicon): boolean {
  const info = lexicon.things.get(id)!;
  return !info.vague && !info.implicit;
}

export function isAnchored(analysis: Analysis, lexicon: Lexicon): boolean {
  return analysis.procedures.best.length > 0 || analysis.things.some((t) => anchoredThing(t, lexicon));
}

/** What names an account on a site. */
export const ACCOUNT_WORDS = new Set(['compte', 'espace']);

/** Things people name with a brand after them. */
const BRANDED = new Set(['device', 'photo_camera', 'camera', 'printer', 'phone', 'tablet', 'computer', 'software', 'antivirus', 'browser', 'tv']);
/** « du », « des » right after a verb are articles (« chercher des cours »). */
export const ARTICLE_LIKE = new Set(['du', 'des']);
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
