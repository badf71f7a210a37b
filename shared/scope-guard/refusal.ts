import languageData from './data/language.json';

/**
 * What a request says the person does NOT want done, in the same breath as what they want:
 * « pas de paiement, on regarde juste si mon titre de séjour avance », « le mot de passe je le
 * tape moi-même », « je supprime rien promis, c'est juste pour imprimer », « l'antivirus payant,
 * non merci ». Those words are not asked for: they make nothing sensitive, trigger no exclusion
 * and need no cover. A negation that states a fact or an inability is no refusal: « je sais pas
 * faire le virement », « j'arrive pas à payer », « l'imprimante imprime plus rien ».
 *
 * Read on the folded words with the punctuation between them: a refusal reaches to the end of
 * its clause (a comma, « mais », « juste »…), and back over a noun put before it and taken up by
 * a pronoun (« mes courriels, vous les lisez pas »).
 */

export interface Word {
  word: string;
  /** Punctuation stands between this word and the one before. */
  breakBefore: boolean;
}

const phrases = (list: readonly string[]) => list.map((p) => p.split(' '));
const data = languageData.refusal;
const BOUNDARIES = phrases(languageData.clauses.boundaries);
const COORDINATORS = new Set(languageData.clauses.coordinators);
const OPENING = new Set(data.opening);
const AFTER_VERB = new Set(data.afterVerb);
const NEEDS_NE = new Set(data.needsNe);
const NEEDLESS = phrases(data.needless);
/** Said after what they refuse (« l'antivirus payant, non merci », « le passeport on verra plus tard »). */
const NEEDLESS_BEFORE = new Set(data.needlessBefore);
const NOT_NEGATING = phrases(data.notNegating);
const NE = new Set(data.ne);
const CLITICS = new Set(data.clitics);
const PERSON = new Set(data.person);
const RESUMPTIVE = new Set(data.resumptive);
const STATE = new Set(data.state);
const SELF = phrases(data.self);
const KEEP = new Set(data.keep);
const DETERMINERS = new Set(data.determiners);
const OF = new Set(data.of);
const LEAD = new Set(data.lead);
const OTHERS = new Set(data.others);
/** Third persons that take up a noun put first (« les coordonnées bancaires, elles bougent pas »). */
const TAKEN_UP = new Set(['il', 'elle', 'ils', 'elles']);
const INFINITIVE = /(?:er|ir|oir|re)$/;
/** « pour plus payer », « de plus recevoir »: « plus » then says « no longer ». */
const NO_LONGER_AFTER = new Set(['pour', 'de', 'd', 'ne', 'n', 'a']);
const IMPERSONAL = new Set(['faut', 'fallait', 'faudrait', 'faudra']);

function at(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[i + k]?.word === w);
}

/**
 * Clause numbers: a new clause at punctuation and at the words that open one (« mais »,
 * « juste »…). Segments split clauses further at « et ». Both are used by the roles of text.ts.
 */
export function clauses(words: readonly Word[]): { clause: number[]; segment: number[] } {
  const clause: number[] = [];
  const segment: number[] = [];
  let c = 0;
  let s = 0;
  words.forEach((w, i) => {
    if (i > 0 && (w.breakBefore || BOUNDARIES.some((b) => at(words, i, b)))) {
      c += 1;
      s += 1;
    } else if (i > 0 && COORDINATORS.has(w.word)) s += 1;
    clause.push(c);
    segment.push(s);
  });
  return { clause, segment };
}

/** For each word: is it something the person says not to do? */
export function refused(words: readonly Word[]): boolean[] {
  const out = words.map(() => false);
  const { segment } = clauses(words);
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  segment.forEach((s, i) => {
    if (!starts.has(s)) starts.set(s, i);
    ends.set(s, i + 1);
  });
  const mark = (from: number, to: number) => {
    for (let i = from; i < to; i++) out[i] = true;
  };
  /** The refusal also covers the segment before when this one opens on it (« Le mot de passe, je le tape moi-même »). */
  const absorbBefore = (s: number) => {
    if (s > 0) mark(starts.get(s - 1)!, ends.get(s - 1)!);
  };
  /** Where a noun put before the subject starts (« la carte bancaire non je la garde »), or -1. */
  const dislocated = (subject: number, start: number) => {
    let j = subject - 1;
    while (j >= start && LEAD.has(words[j]!.word)) j--;
    for (let n = 0; j >= start && n < 8; j--, n++) {
      if (DETERMINERS.has(words[j]!.word) && (j === start || !OF.has(words[j - 1]!.word))) return j;
      // « pour le passeport, on verra plus tard »: the topic opens the clause with its preposition.
      if (DETERMINERS.has(words[j]!.word) && j - 1 === start && OF.has(words[start]!.word)) return start;
    }
    return -1;
  };
  /** From the subject (or the verb) to the end; back over a noun put first and taken up by a pronoun. */
  const markClause = (s: number, subject: number, verb: number) => {
    const start = starts.get(s)!;
    const end = ends.get(s)!;
    let resumed = false;
    for (let k = subject + 1; k < verb; k++) if (RESUMPTIVE.has(words[k]!.word)) resumed = true;
    const noun = resumed ? dislocated(subject, start) : -1;
    mark(noun >= 0 ? noun : subject, end);
    if (resumed && noun < 0 && subject === start) absorbBefore(s);
  };
  const skipBack = (from: number, start: number) => {
    let j = from;
    while (j >= start && CLITICS.has(words[j]!.word)) j--;
    return j;
  };

  const opensAfter = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const s = segment[i]!;
    const start = starts.get(s)!;
    const end = ends.get(s)!;
    const skip = NOT_NEGATING.find((p) => at(words, i, p));
    if (skip) {
      i += skip.length - 1;
      continue;
    }
    const needless = NEEDLESS.find((p) => at(words, i, p));
    if (needless) {
      // What follows opens afresh: « non merci pas de virement » refuses the transfer too.
      opensAfter.set(s, i + needless.length);
      // « …, non merci »: what comes before is refused; « pas besoin de … »: what comes after.
      if (NEEDLESS_BEFORE.has(needless.join(' '))) {
        const noun = dislocated(i, start);
        if (noun >= 0) mark(noun, i + needless.length);
        else if (skipBack(i - 1, start) < start) absorbBefore(s);
      } else if (words.slice(Math.max(start, i - 3), i).some((w) => w.word === 'en')) {
        // « le timbre fiscal, j'en ai pas besoin »: what « en » takes up is not needed.
        mark(start, end);
        if (start > 0) absorbBefore(s);
      } else mark(i, end);
      continue;
    }
    const word = words[i]!.word;
    // « pour plus payer la mutuelle »: no longer, when a verb follows (« plus de place » is more).
    if (word === 'plus' && INFINITIVE.test(words[i + 1]?.word ?? '') && (words[i + 1]?.word.length ?? 0) >= 4 && (i === start || NO_LONGER_AFTER.has(words[i - 1]!.word))) {
      mark(i, end);
      continue;
    }
    // « le paiement c'est ma fille qui s'en occupera »: someone else does it.
    if (word === 'c' && words[i + 1]?.word === 'est' && OTHERS.has(words[i + 3]?.word ?? '') && words[i + 4]?.word === 'qui') {
      mark(start, end);
      continue;
    }
    if (word === 'sans') {
      mark(i, end);
      continue;
    }
    const self = SELF.find((p) => at(words, i, p));
    const keep = KEEP.has(word);
    const moi = word === 'moi' && i > start && !(words[i + 1]?.word === 'je' || words[i + 1]?.word === 'j');
    if (self || keep || moi) {
      // The person does it: « je le tape moi-même », « je la garde pour moi », « je les paierai moi ».
      let subject = -1;
      for (let k = i - (keep ? 1 : 0); k >= start; k--) {
        if (words[k]!.word === 'je' || words[k]!.word === 'j') {
          subject = k;
          break;
        }
      }
      if (subject >= 0) {
        let verb = subject + 1;
        while (verb < end && CLITICS.has(words[verb]!.word)) verb++;
        if (!moi || verb < i) markClause(s, subject, verb);
      } else if (self) mark(start, end);
      continue;
    }
    if (!OPENING.has(word) && !AFTER_VERB.has(word)) continue;
    const verb = skipBack(i - 1, start);
    const opens = Math.max(start, opensAfter.get(s) ?? start);
    if (verb < start || (OPENING.has(word) && skipBack(i - 1, opens) < opens)) {
      // Nothing but « ne » before it: « pas de paiement », « rien supprimer », « aucun achat ».
      if (OPENING.has(word)) mark(i, end);
      continue;
    }
    if (!AFTER_VERB.has(word)) continue;
    if (NEEDS_NE.has(word) && !words.slice(start, i).some((w) => NE.has(w.word))) continue;
    const v = words[verb]!.word;
    if (IMPERSONAL.has(v)) {
      mark(verb, end);
      continue;
    }
    if (STATE.has(v)) continue;
    const subject = skipBack(verb - 1, start);
    // An order or an infinitive (« touchez pas », « ne rien toucher ») or the person
    // (« je supprime rien », « vous les lisez pas »); not a thing (« l'imprimante imprime plus rien »).
    if (subject < start) mark(verb, end);
    else if (PERSON.has(words[subject]!.word)) markClause(s, subject, verb);
    else if (TAKEN_UP.has(words[subject]!.word) && dislocated(subject, start) >= 0) mark(dislocated(subject, start), end);
  }
  return out;
}
