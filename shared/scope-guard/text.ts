import { allowedTypos, editDistance } from './fuzzy';
import { isStopword, wordKey } from './language';
import { fold } from './normalize';
import { clauses, refused } from './refusal';

/**
 * Turns typed French into comparable words while remembering where each came from, so that
 * the evidence shown to the helper quotes what they typed. Rewrites join what people split
 * ("rendez vous") and expand their shortcuts ("rdv"); stop words go, except the few that
 * carry meaning here; a long unknown word is read as the known word one or two typos away.
 */

export interface Token {
  /** Folded word (typo corrected). */
  word: string;
  /** Comparison key: stem of the folded word. */
  key: string;
  /** Span of the typed text this word comes from. */
  start: number;
  end: number;
  /** Preceded by an indefinite article ("un", "une", "des"): not a reference to a known thing. */
  indefinite: boolean;
  /** Preceded by an article or a possessive: a noun (« sa déclaration », not « déclarer »). */
  determined: boolean;
  /**
   * Stands where a service or a place to put things is named: after « sur » or « vers » (articles
   * skipped: « sur le portail du justiciable », « sur keldoc ») or a word that introduces a name
   * (« le site … », « l'application … »). A word the guard does not know needs cover only there
   * or as the object of an action (see cover.ts); elsewhere it is the scene, a detail or a name.
   */
  slot: boolean;
  /** The preposition the word depends on (« de », « pour », « à »…), articles skipped; null if none. */
  governedBy: string | null;
  /** Only articles stand between this word and the word before it that carries meaning (or the text's start). */
  next: boolean;
  /**
   * Where the word stands: in a clause that only sets the scene (« … quand je regarde des
   * vidéos »), in a purpose (« … pour le bailleur »), or right after a title or « chez » (a
   * name: « madame Dupont », « chez Carrefour »), or in what the person says not to do
   * (refused: « pas de paiement », « le mot de passe je le tape moi-même », see refusal.ts), or
   * in a relative clause (relative: « le papier qui prouve que… », « la note que le professeur a
   * mise »): its acts are told, not asked; its things still count.
   */
  role: 'said' | 'scene' | 'purpose' | 'name' | 'except' | 'refused' | 'relative';
  /** A verb told of someone else (« ils m'ont envoyé », « la mutuelle me réclame »): context, not a request. */
  told: boolean;
  /** Asked as any one or another one (« n'importe quel dentiste », « une autre imprimante »), not the one an item names. */
  another: boolean;
  /**
   * Set against the one chosen (« la HP plutôt que la Canon »): the person weighs one of a kind
   * against another, which an item naming only the kind (« l'imprimante ») does not settle.
   */
  setAgainst: boolean;
  /**
   * A state, not an act: a past participle after « est », « sont »… (« l'antivirus est bien
   * installé ? », « mon compte est déjà créé ») or after « j'ai déjà » (« j'ai déjà scanné la
   * photo »). Asking whether something is done checks it; it does not ask to do it again.
   */
  state: boolean;
  /**
   * Who asks for something (« la banque me le réclame », « le bailleur demande l'attestation »,
   * « mon propriétaire veut une preuve »): whom the paper is for, like « pour la banque »; never
   * itself a bank operation or a request to cover.
   */
  asker: boolean;
}

export interface Rewrite {
  from: readonly string[];
  to: readonly string[];
}

export interface Language {
  rewrites: ReadonlyMap<string, readonly Rewrite[]>;
  keep: ReadonlySet<string>;
  /** Every folded word the guard knows, by first letter: the targets of typo correction. */
  vocabulary: ReadonlyMap<string, readonly string[]>;
  known: ReadonlySet<string>;
  /** Keys of the known words: a conjugated known word ("imprimait") is not a typo. */
  knownKeys: ReadonlySet<string>;
}

interface Piece {
  word: string;
  start: number;
  end: number;
  /** Punctuation stands between this piece and the one before. */
  breakBefore: boolean;
}

const INDEFINITE = new Set(['un', 'une', 'des', 'd']);
/** Words opening a clause that sets the scene; the second word, if any, must follow. */
const SCENE: readonly (readonly string[])[] = [['quand'], ['lorsque'], ['lorsqu'], ['pendant', 'que'], ['depuis', 'que'], ['parce', 'que'], ['parce', 'qu'], ['puisque'], ['car'], ['pour', 'que'], ['pour', 'qu'], ['afin', 'que'], ['afin', 'qu'], ['avant', 'de'], ['avant', 'd']];
const TITLES = new Set(['madame', 'monsieur', 'mme', 'mr', 'mlle', 'chez', 'dr', 'docteur', 'maitre', 'pr']);
/** Words after which the rest of the clause is an address (« 12 rue des Lilas à Cholet »): names only. */
const ADDRESS = new Set(['rue', 'avenue', 'boulevard', 'bd', 'impasse', 'allee', 'chemin', 'residence', 'lotissement', 'lieudit']);
/** Words that introduce the name of a service or a product (« le site selectra », « l'appli Libby »). */
const NAME_INTRO = new Set(['site', 'sites', 'application', 'appli', 'app', 'logiciel', 'programme', 'plateforme', 'marque', 'portail']);
/** Prepositions after which a service or a place to put things is named. */
const WHERE = new Set(['sur', 'vers']);
/** Prepositions that say whose, for whom or to whom (« les revenus de ma voisine », « pour mon mari »). */
const GOVERNING = new Set(['de', 'd', 'du', 'des', 'pour', 'a', 'au', 'aux', 'avec']);
function governor(all: readonly Piece[], i: number): string | null {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(all[j]!.word) && !GOVERNING.has(all[j]!.word)) j--;
  const word = all[j]?.word;
  return word !== undefined && GOVERNING.has(word) ? word : null;
}
function placeOf(all: readonly Piece[], i: number): string | null {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(all[j]!.word)) j--;
  return all[j]?.word ?? null;
}
/** Words after which « que » opens what is wanted or said (« il faut que », « je veux que »), not a relative clause. */
const COMPLETIVE = new Set(['temps', 'fois', 'jour', 'moment', 'heure', 'annee', 'mois', 'semaine', 'faut', 'fallait', 'faudrait', 'faudra', 'veux', 'voudrais', 'voudrait', 'veut', 'voulais', 'aimerais', 'aimerait', 'souhaite', 'souhaiterais', 'dit', 'dis', 'disait', 'pense', 'crois', 'croit', 'sais', 'sait', 'demande', 'demandent', 'explique', 'expliquer', 'montre', 'montrer', 'verifier', 'verifie', 'voir', 'vois', 'regarder', 'regarde', 'peur', 'sur', 'sure', 'espere', 'ce', 'c', 'est', 'parce', 'pour', 'afin', 'pendant', 'depuis', 'avant', 'apres', 'bien', 'alors', 'sans', 'tant', 'ainsi', 'plutot', 'moins', 'plus', 'autre', 'autres', 'meme', 'lors', 'des', 'jusqu', 'maintenant', 'sorte', 'fait', 'vrai', 'possible', 'normal', 'sur', 'mieux']);
/** Subjects that make a verb told of someone else. */
const THIRD = new Set(['il', 'elle', 'ils', 'elles', 'qui']);
/** Object pronouns and auxiliaries between a subject and its verb. */
const BETWEEN = new Set(['me', 'm', 'te', 't', 'se', 's', 'nous', 'lui', 'leur', 'le', 'la', 'les', 'l', 'en', 'y', 'ne', 'n', 'a', 'ai', 'as', 'ont', 'avait', 'avaient', 'avez', 'avons', 'est', 'sont', 'etait', 'deja', 'bien', 'aussi']);
/** « n'importe quel dentiste », « une autre imprimante », « d'autres logiciels ». */
function anotherAt(all: readonly Piece[], i: number): boolean {
  const w = (k: number) => all[i - k]?.word ?? '';
  return (w(2) === 'importe' && ['quel', 'quelle', 'quels', 'quelles'].includes(w(1))) || (['autre', 'autres'].includes(w(1)) && ['un', 'une', 'd', 'des'].includes(w(2)));
}
/** « plutôt que la Canon », « au lieu de la Canon », « à la place de la Canon ». */
function setAgainstAt(all: readonly Piece[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(all[j]!.word)) j--;
  const v = (k: number) => all[j - k]?.word ?? '';
  return (['que', 'qu'].includes(v(0)) && v(1) === 'plutot') || (['de', 'd'].includes(v(0)) && ((v(1) === 'lieu' && v(2) === 'au') || (v(1) === 'place' && v(3) === 'a')));
}
/** Only articles (or nothing) between the previous meaningful word, ending at `end`, and this one. */
function nextTo(all: readonly Piece[], i: number, end: number): boolean {
  for (let j = i - 1; j >= 0 && all[j]!.end > end; j--) if (!DETERMINERS.has(all[j]!.word) && all[j]!.start >= end) return false;
  return true;
}
/** Verbs by which someone asks the person for a paper. */
const ASKING = new Set(['demande', 'demandent', 'demandait', 'reclame', 'reclament', 'reclamait', 'veut', 'veulent', 'voulait', 'voudrait', 'exige', 'exigent', 'attend', 'attendent', 'redemande', 'redemandent']);
/** Pronouns between the one who asks and the verb (« me le », « nous les »). */
const ASK_PRONOUNS = new Set(['me', 'm', 'nous', 'le', 'la', 'les', 'l', 'en', 'lui', 'a', 'ai', 'ont']);
const POSSESSIVE_OR_ARTICLE = new Set(['le', 'la', 'les', 'l', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'notre', 'votre', 'leur']);
function askerAt(all: readonly Piece[], i: number): boolean {
  if (!POSSESSIVE_OR_ARTICLE.has(all[i - 1]?.word ?? '')) return false;
  let j = i + 1;
  // « l'office hlm la veut », « la caisse de retraite me le demande »: one noun after the first may qualify it.
  if (all[j] && !ASK_PRONOUNS.has(all[j]!.word) && !ASKING.has(all[j]!.word) && !all[j]!.breakBefore) j++;
  for (let k = 0; k < 3 && ASK_PRONOUNS.has(all[j]?.word ?? ''); k++) j++;
  const verb = all[j];
  return verb !== undefined && !verb.breakBefore && ASKING.has(verb.word);
}
/** The noun a told verb is said of (« la mutuelle me réclame »): context too. */
function subjectOfTold(all: readonly Piece[], i: number): boolean {
  return DETERMINERS.has(all[i - 1]?.word ?? '') && TO_ME.has(all[i + 1]?.word ?? '') && all[i + 2] !== undefined && toldAt(all, i + 2);
}
const TO_ME = new Set(['me', 'm', 'nous', 'te', 't']);
function toldAt(all: readonly Piece[], i: number): boolean {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0 && BETWEEN.has(all[j]!.word)) {
    j--;
    skipped++;
  }
  const subject = all[j]?.word;
  if (subject === undefined) return false;
  if (THIRD.has(subject)) return true;
  // « la mutuelle me réclame », « la caf m'a envoyé »: a noun, then « me », then the verb.
  return skipped > 0 && TO_ME.has(all[j + 1]!.word) && DETERMINERS.has(all[j - 1]?.word ?? '') && !DETERMINERS.has(subject);
}
/** Forms of « être » (and « déjà » after « avoir ») after which a participle is a state. */
const BEING = new Set(['est', 'sont', 'suis', 'es', 'etait', 'etaient', 'ete', 'soit', 'soient', 'sera', 'seront']);
const HAVING = new Set(['ai', 'a', 'as', 'avons', 'avez', 'ont', 'avait', 'avais']);
/** Adverbs that may stand between « est » and its participle (« est bien installé », « n'est toujours pas activé »). */
const STATE_ADVERBS = new Set(['bien', 'deja', 'toujours', 'pas', 'plus', 'encore', 'correctement', 'mal', 'vraiment', 'jamais', 'tout', 'ne', 'n', 'elle', 'il', 'ce', 'c']);
/** Endings of past participles (folded): « installé(e)(s) », « fini », « reçu », « fait », « mis ». */
const PARTICIPLE = /(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)$/;
function stateAt(all: readonly Piece[], i: number): boolean {
  if (!PARTICIPLE.test(all[i]!.word) || all[i]!.word.length < 4) return false;
  let j = i - 1;
  let already = false;
  while (j >= 0 && STATE_ADVERBS.has(all[j]!.word) && !all[j + 1]!.breakBefore) {
    if (all[j]!.word === 'deja') already = true;
    j--;
  }
  const before = all[j]?.word ?? '';
  return (BEING.has(before) || (already && HAVING.has(before)));
}
/** « car » is « because » only where it opens a clause, not in « le billet de car ». */
const NOUN_BEFORE = new Set(['de', 'd', 'du', 'des', 'en', 'le', 'un', 'mon', 'ton', 'son', 'ce', 'au', 'aux', 'par']);
/** Words after which an exclusion names what it leaves out (« Ne rien installer d'autre que l'imprimante »). */
const EXCEPT: readonly (readonly string[])[] = [['sauf'], ['hormis'], ['excepte'], ['autre', 'que'], ['autres', 'que'], ['part']];
/** The last word of each opening above: only these need the full check. */
const CLAUSE_ENDS = new Set([...SCENE, ...EXCEPT].map((words) => words.at(-1)!));

function opens(list: readonly (readonly string[])[], all: readonly Piece[], i: number): boolean {
  return list.some((words) => words.every((w, k) => all[i - words.length + 1 + k]?.word === w));
}
const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces']);

/** Words after which a hyphenated name is a site's or an application's. */
const NAMES_SITE = new Set(['site', 'sites', 'appli', 'application', 'adresse']);

/** Folded pieces of the text with their spans (an elision or a hyphen splits a typed word). */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){2,}(?![.\p{L}\p{N}])|[\p{L}\p{N}]+/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    let breakBefore = /[,.;:!?()…\n]/.test(text.slice(last, start));
    last = end;
    // A name of three hyphenated words after « site » or « appli » (« le site
    // critair-vignette-rapide ») is one name, a site the guard may not know: not its words.
    if (match[0].includes('-') && NAMES_SITE.has(out.at(-1)?.word ?? '')) {
      out.push({ word: fold(match[0]).replace(/[^a-z0-9]+/g, ''), start, end, breakBefore });
      continue;
    }
    for (const word of fold(match[0]).split(/[^a-z0-9]+/)) {
      if (!word) continue;
      out.push({ word, start, end, breakBefore });
      breakBefore = false;
    }
  }
  return out;
}

export function splitRewrites(entries: Record<string, string>): Map<string, Rewrite[]> {
  const map = new Map<string, Rewrite[]>();
  for (const [from, to] of Object.entries(entries)) {
    const fromWords = pieces(from).map((p) => p.word);
    if (fromWords.length === 0) continue;
    const list = map.get(fromWords[0]!) ?? [];
    list.push({ from: fromWords, to: pieces(to).map((p) => p.word) });
    map.set(fromWords[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.from.length - a.from.length);
  return map;
}

function rewrite(input: Piece[], rewrites: Language['rewrites']): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < input.length; ) {
    const hit = rewrites.get(input[i]!.word)?.find((r) => r.from.every((w, k) => input[i + k]?.word === w));
    if (!hit) {
      out.push(input[i]!);
      i += 1;
      continue;
    }
    const start = input[i]!.start;
    const end = input[i + hit.from.length - 1]!.end;
    let breakBefore = input[i]!.breakBefore;
    for (const word of hit.to) {
      out.push({ word, start, end, breakBefore });
      breakBefore = false;
    }
    i += hit.from.length;
  }
  return out;
}

const typoCache = new Map<string, string | null>();

/** The known word a long unknown one most likely stands for: same first letter, one or two edits. */
export function correctTypo(word: string, language: Language): string | null {
  const max = allowedTypos(word.length);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of language.vocabulary.get(word[0]!) ?? []) {
    const limit = Math.min(max, allowedTypos(candidate.length));
    if (limit === 0 || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

function resolve(word: string, language: Language, correct: boolean): string {
  if (!correct || language.known.has(word) || language.knownKeys.has(wordKey(word))) return word;
  const cacheKey = word;
  if (typoCache.has(cacheKey)) return typoCache.get(cacheKey) ?? word;
  // An elision typed without its apostrophe ("dimpots", "limprimante").
  const glued = /^(?:qu|[dljnmst])(.{4,})$/.exec(word)?.[1];
  const resolved = glued && language.known.has(glued) ? glued : correctTypo(word, language);
  if (typoCache.size > 5000) typoCache.clear();
  typoCache.set(cacheKey, resolved);
  return resolved ?? word;
}

// Conjugated forms the stemmer leaves whole (« ouvrent », « marchaient »): tried without their ending.
const ENDINGS = ['aient', 'eraient', 'erait', 'ait', 'ais', 'ent', 'ez', 'ons', 'ees', 'ee', 'es', 'e'];

function keyOf(word: string, language: Language, correct: boolean): string {
  const key = wordKey(word);
  if (!correct || language.knownKeys.has(key)) return key;
  for (const ending of ENDINGS) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    for (const candidate of [wordKey(base), wordKey(`${base}er`), wordKey(`${base}ir`), base]) if (language.knownKeys.has(candidate)) return candidate;
  }
  return key;
}

/**
 * The words of a text that carry meaning. `correct` is off when compiling the vocabulary
 * itself (a term is never "corrected" into another term). Only a request says what is not
 * wanted (`request`): a mandate's exclusions are written as refusals themselves.
 */
export function tokens(text: string, language: Language, correct = true, request = false): Token[] {
  const all = rewrite(pieces(text), language.rewrites);
  const refusedAt = request ? refused(all) : null;
  const clauseOf = clauses(all).clause;
  const out: Token[] = [];
  let clause: Token['role'] = 'said';
  all.forEach((piece, i) => {
    // A new clause starts afresh, except one that goes on telling the scene or what is left out.
    if (i > 0 && clauseOf[i] !== clauseOf[i - 1] && (clause === 'purpose' || clause === 'name' || clause === 'relative')) clause = 'said';
    // « le papier qui prouve que… », « la note que le professeur a mise »: a relative clause.
    // Only after a noun (« le papier de la sécu qui… »): after a verb « que » says what is wanted or declared.
    if ((piece.word === 'qui' || piece.word === 'que' || piece.word === 'qu') && clause === 'said' && i > 1 && !COMPLETIVE.has(all[i - 1]!.word) && (DETERMINERS.has(all[i - 2]!.word) || DETERMINERS.has(all[i - 3]?.word ?? ''))) clause = 'relative';
    if (CLAUSE_ENDS.has(piece.word) && !(piece.word === 'car' && NOUN_BEFORE.has(all[i - 1]?.word ?? ''))) {
      if (opens(SCENE, all, i)) clause = 'scene';
      else if (opens(EXCEPT, all, i)) clause = 'except';
    }
    // « le papier qui prouve… pour la caf »: a purpose closes a relative clause too.
    else if (piece.word === 'pour' && (clause === 'said' || clause === 'relative')) clause = 'purpose';
    if (i > 0 && ADDRESS.has(all[i - 1]!.word) && clause === 'said') clause = 'name';
    const role = refusedAt?.[i] ? 'refused' : i > 0 && TITLES.has(all[i - 1]!.word) ? 'name' : clause;
    const { word } = piece;
    if (word.length < 2 || /^[0-9]+$/.test(word)) return;
    if (isStopword(word) && !language.keep.has(word)) return;
    const resolved = resolve(word, language, correct);
    out.push({ word: resolved, key: keyOf(resolved, language, correct), start: piece.start, end: piece.end, indefinite: i > 0 && INDEFINITE.has(all[i - 1]!.word), determined: i > 0 && DETERMINERS.has(all[i - 1]!.word), slot: i > 0 && (NAME_INTRO.has(all[i - 1]!.word) || WHERE.has(placeOf(all, i) ?? '')), governedBy: governor(all, i), next: nextTo(all, i, out.at(-1)?.end ?? -1), told: toldAt(all, i) || subjectOfTold(all, i) || askerAt(all, i), another: anotherAt(all, i), setAgainst: setAgainstAt(all, i), state: stateAt(all, i), asker: askerAt(all, i), role });
  });
  return out;
}

/** The comparison keys of a vocabulary phrase. */
export function phraseKeys(text: string, language: Language): string[] {
  return tokens(text, language, false).map((t) => t.key);
}

/** Builds the correction targets from every word the data knows. */
export function vocabularyOf(words: Iterable<string>): { vocabulary: Map<string, string[]>; known: Set<string>; knownKeys: Set<string> } {
  const known = new Set<string>();
  const knownKeys = new Set<string>();
  const vocabulary = new Map<string, string[]>();
  for (const word of words) {
    if (known.has(word)) continue;
    known.add(word);
    knownKeys.add(wordKey(word));
    if (word.length < 4) continue;
    const list = vocabulary.get(word[0]!) ?? [];
    list.push(word);
    vocabulary.set(word[0]!, list);
  }
  return { vocabulary, known, knownKeys };
}

/** The words of a folded phrase, as the vocabulary knows them. */
export function phraseWords(text: string): string[] {
  return pieces(text).map((p) => p.word);
}
