import { findProcedure, type CategoryId } from '../procedures/index';
import type { Lexicon } from './lexicon';
import type { Why } from './verdict';
import { BESIDE, type Clause, type CompiledItem } from './item';
import { readRequest, namesThing, isAnchored, anchoredThing, type RequestWords } from './request-words';
import { coverThing, personCover, livedIn, lostAt, origin, namesKin, TO } from './cover-things';
import { coverAction, coverProcedures, neighbours } from './cover-actions';
import { CLAUSE_BREAK, VERB_START } from './clauses';

export { readRequest, namesThing, isAnchored, type RequestWords, type CompiledItem };

/**
 * Does one scope item cover a request? Word by word: each word the request says is covered
 * when the item covers what it stands for — the action (same family, never an opposite, never
 * a removal the item does not name), the thing (the same, or a thing the item names above it,
 * but not when the item names an alternative), the procedure (the item's own, or one of its
 * category or site). Chatter needs no cover, nor do vague words beside covered ones. The
 * item earns « in scope » only if it covers every word and at least one that says what the
 * request is about.
 */


/** Weight of an act the item names itself. */
const SAME_ACT = 1;

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

/**
 * The item's clauses that name the precise things the request names, when each of them does an
 * act of its own (none when the item has one clause, or a thing is named in a clause with no act).
 */
function clausesHolding(request: RequestWords, item: CompiledItem, lexicon: Lexicon): Clause[][] {
  if (item.clauses.length === 0) return [];
  const { tokens, text } = request.analysis;
  // The request's own clauses: what it does to a thing is said in the clause naming it.
  const held: Set<Clause>[] = [new Set()];
  const at: Set<Clause>[] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && (request.actions[i]!.length > 0 || (VERB_START.test(token.word) && token.word.length > 4)) && CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, token.start))) held.push(new Set());
    const clause = held.at(-1)!;
    at.push(clause);
    if (token.role !== 'said') return;
    for (const id of request.things[i]!) {
      const info = lexicon.things.get(id)!;
      if (info.vague || info.implicit) continue;
      for (const c of item.clauses) if ([...c.things].some((x) => x === id || info.ancestors.has(x) || lexicon.things.get(x)!.ancestors.has(id))) clause.add(c);
    }
  });
  // Where the things span every clause, or one of them does no act, the whole item answers.
  return at.map((clause) => ([...clause].some((c) => c.acts.actions.size === 0) || clause.size === item.clauses.length ? [] : [...clause]));
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
  const procedureCover = best.length > 0 && !sameSite ? coverProcedures(best, item, request.account) : 'no';

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
  const holding = clausesHolding(request, item, lexicon);
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
      const known = procedureCover !== 'yes' ? 'no' : byProcedure ? 'explained' : 'covered';
      let result = coverAction(id, item, lexicon, known);
      // The item's acts are bound to their things: what the request does to a thing is covered
      // only by the act of the clause that names it (« remettre Avast » under « Désinstaller
      // Avast et activer Defender »).
      if (result === 'ok' && holding.length > 0 && holding[at]!.length > 0) {
        const clauses = holding[at]!.map((c) => coverAction(id, c.acts, lexicon, known));
        if (!clauses.includes('ok')) result = clauses.includes('blocked') ? 'blocked' : 'no';
      }
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
      // So is any town hall where the item's procedure goes to one (« n'importe quelle mairie »):
      // only an item naming a broader kind (« un médecin ») lets the person pick any one.
      if (tokens[at]!.another && typeof result === 'number' && ![...item.things].some((t) => t !== id && info.ancestors.has(t))) result = 'alternative';
      // « plutôt que la Canon » where the item names only a printer: a choice between two of a kind.
      if (tokens[at]!.setAgainst && typeof result === 'number' && !item.things.has(id)) result = 'alternative';
      // A document to print is covered where printing is.
      if (result === null && (carried.has(id) || [...info.ancestors].some((a) => carried.has(a)))) result = 1;
      // The site or a document of the procedure the request is about, when the item covers it.
      if (result === null && procedureCover === 'yes' && best.some((p) => info.procedures.has(p))) result = 1;
      // An object of the very field of that procedure (the rent, the flat for the housing aid) is its matter.
      if (result === null && procedureCover === 'yes' && info.kind === 'object' && info.category && best.some((p) => findProcedure(p)?.category === info.category)) result = 1;
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
      if (typeof result !== 'number' && result !== 'free' && (tokens[at]!.told || (!administrative && info.kind === 'place' && origin(at, request, lexicon)) || livedIn(at, request, lexicon) || lostAt(at, request, lexicon))) result = 'free';
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
        // What only sets the scene (« avant d'aller à la mairie ») or whom it is for (« pour le donner
        // à la mairie ») does not tell which item it is about.
        if (!aside(tokens[at]!.role, request) || tokens[at]!.role === 'relative') score += result;
      } else if (result === 'free') {
        if (info.vague && !info.implicit) looseVague += 1;
        // What goes without saying (online, the computer) still tells the item that says it too.
        if (info.implicit && item.things.has(id) && tokens[at]!.role !== 'scene') score += 1;
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
