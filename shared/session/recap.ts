import { foldForSearch } from '../text/normalize';
import type { Outcome } from './session-events';
import type { ChecklistEntry, SessionState } from './state';

/**
 * The recap the helper reads to the person at the end, measured against today's plan (not
 * against every action of a long mandate): what was done, what was planned and not done,
 * what waits for another time, and what the mandate does not cover. Structured sections
 * for the screen, and the same content as one plain text to read aloud or copy.
 * Default French content: vouvoiement, short sentences.
 */

export type RecapSectionKind = 'done' | 'not_done' | 'postponed' | 'out_of_scope' | 'do_yourself' | 'notes';

export interface RecapItem {
  label: string;
  detail?: string;
}

export interface RecapSection {
  kind: RecapSectionKind;
  /** Spoken as the lead-in: « Ce qui est fait : ». */
  title: string;
  /** A sentence after the title, when the section needs one. */
  lead?: string;
  items: RecapItem[];
}

export interface Recap {
  /** Only the sections with something in them, in reading order. */
  sections: RecapSection[];
  closing: string;
  text: string;
  /**
   * What the recap reads from today's plan, the closing step's default: every planned line done is
   * « terminée », whatever else the mandate holds; anything planned and not done is « partielle ».
   */
  suggestedOutcome: Exclude<Outcome, 'aborted'>;
}

export interface RecapOptions {
  /**
   * The helper's session notes are working notes, written for the helper: they are left out
   * unless the helper chooses to read them (the recap screen offers it).
   */
  includeNotes?: boolean;
}

type RecapInput = Pick<SessionState, 'checklist' | 'notes' | 'scopeChecks' | 'followups' | 'outcome' | 'plan'>;

const TITLES: Record<RecapSectionKind, { title: string; lead?: string }> = {
  done: { title: 'Ce qui est fait' },
  not_done: { title: 'Ce qui était prévu et n’est pas fait' },
  postponed: { title: 'Ce qui est reporté à une prochaine fois' },
  out_of_scope: {
    title: 'Ce qui n’est pas prévu dans le mandat',
    lead: 'Pour cela, il faudra une nouvelle séance, avec un mandat mis à jour.',
  },
  do_yourself: {
    title: 'Ce que vous ferez vous-même',
    lead: 'Ce sont des démarches personnelles : c’est vous qui les faites.',
  },
  notes: { title: 'À retenir' },
};

const NOT_ADDRESSED = 'Nous n’avons pas eu le temps aujourd’hui.';
const NOTHING_DONE = 'Nous n’avons encore rien terminé aujourd’hui.';
/** Microsoft's own advice (learn.microsoft.com, Quick Assist, « Report Abuse »), said at every end. */
const SAFETY =
  'Un dernier conseil : ne donnez jamais de code, ni l’accès à votre ordinateur, à quelqu’un à qui vous n’avez pas demandé d’aide. Microsoft ne vous appellera jamais pour cela.';
const THANKS = 'Merci pour votre confiance.';

const CLOSINGS: Record<Outcome, string> = {
  completed: 'Tout ce qui était prévu aujourd’hui est fait.',
  partial: 'Nous avons fait une partie de ce qui était prévu aujourd’hui. Le reste se fera une autre fois.',
  aborted: 'Nous avons arrêté la séance avant la fin. Nous reprendrons quand vous le voudrez.',
};

function section(kind: RecapSectionKind, items: RecapItem[]): RecapSection {
  const { title, lead } = TITLES[kind];
  return lead ? { kind, title, lead, items } : { kind, title, items };
}

const item = (label: string, detail?: string): RecapItem => (detail ? { label, detail } : { label });

/** The same request asked twice (scope guard, then a follow-up) is read out once. */
function uniqueItems(items: RecapItem[]): RecapItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = foldForSearch(i.label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What the recap measures: today's plan (`state.plan`, chosen at preparation), or — for a session
 * logged before plans existed — every action of the mandate, as the recap then did. A checklist
 * entry belongs to the plan by its item id; without a plan, by its label.
 */
function planOf(state: RecapInput, scopeLabels: readonly string[]) {
  if (state.plan) {
    const plan = state.plan.map((p) => ({ key: p.id, label: p.label }));
    return { plan, keyOf: (e: { itemId: string }) => e.itemId };
  }
  const plan = scopeLabels.map((label) => ({ key: foldForSearch(label), label }));
  return { plan, keyOf: (e: { scopeLabel: string }) => foldForSearch(e.scopeLabel) };
}

/**
 * @param scopeLabels the mandate's actions in force, in the mandate's order: the plan when the log
 * holds none, and the order of what was done beyond the plan.
 */
export function buildRecap(state: RecapInput, scopeLabels: readonly string[], options: RecapOptions = {}): Recap {
  const includeNotes = options.includeNotes ?? false;
  const { plan, keyOf } = planOf(state, scopeLabels);
  const planKeys = plan.map((p) => p.key);
  // Plan order first, then the mandate's: the person recognises what was announced and what they signed.
  const rank = (e: ChecklistEntry) => {
    const inPlan = planKeys.indexOf(keyOf(e));
    if (inPlan !== -1) return inPlan;
    const inMandate = scopeLabels.findIndex((l) => foldForSearch(l) === foldForSearch(e.scopeLabel));
    return plan.length + (inMandate === -1 ? scopeLabels.length : inMandate);
  };
  const entries = [...state.checklist].sort((a, b) => rank(a) - rank(b));
  const planned = (e: ChecklistEntry) => planKeys.includes(keyOf(e));
  const touched = new Set(state.checklist.map(keyOf));
  const untouched = plan.filter((p) => !touched.has(p.key)).map((p) => item(p.label, NOT_ADDRESSED));
  const entriesWith = (status: string, keep: (e: ChecklistEntry) => boolean = () => true) =>
    entries.filter((e) => e.status === status && keep(e)).map((e) => item(e.scopeLabel, e.note));

  const decisionOf = (c: { decision?: string }) => c.decision;
  const outOfScope = uniqueItems([
    ...state.scopeChecks.filter((c) => c.verdict === 'out_of_scope' || c.verdict === 'excluded').map((c) => item(c.request, decisionOf(c))),
    ...state.followups.map((f) => item(f.text)),
  ]);
  const doYourself = uniqueItems(state.scopeChecks.filter((c) => c.verdict === 'sensitive').map((c) => item(c.request, decisionOf(c))));

  const all = [
    // Done beyond the plan still counts as done; « not done » is only said of what was planned.
    section('done', entriesWith('done')),
    section('not_done', [...entriesWith('not_done', planned), ...untouched]),
    section('postponed', entriesWith('postponed')),
    section('out_of_scope', outOfScope),
    section('do_yourself', doYourself),
    section('notes', includeNotes ? state.notes.map((n) => item(n.text)) : []),
  ];
  const sections = all.filter((s) => s.items.length > 0);

  const doneKeys = new Set(state.checklist.filter((e) => e.status === 'done').map(keyOf));
  const suggestedOutcome = planKeys.every((k) => doneKeys.has(k)) ? 'completed' : 'partial';
  const outcome = state.outcome ?? suggestedOutcome;
  const closing = `${CLOSINGS[outcome]} ${SAFETY} ${THANKS}`;
  return { sections, closing, text: renderRecap(sections, closing, plan.length > 0), suggestedOutcome };
}

/** Full stop at the end unless the text already ends a sentence. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

function renderItem(i: RecapItem): string {
  return i.detail ? `- ${i.label.trim().replace(/[.!?…]+$/, '')} : ${sentence(i.detail)}` : `- ${sentence(i.label)}`;
}

/** `planned`: something was planned today, so « nothing finished » is worth saying when nothing was done. */
export function renderRecap(sections: readonly RecapSection[], closing: string, planned = true): string {
  const blocks: string[] = ['Voici le résumé de notre séance.'];
  if (planned && !sections.some((s) => s.kind === 'done')) blocks.push(NOTHING_DONE);
  for (const s of sections) {
    const lines = [`${s.title} :`];
    if (s.lead) lines.push(s.lead);
    lines.push(...s.items.map(renderItem));
    blocks.push(lines.join('\n'));
  }
  blocks.push(closing);
  return blocks.join('\n\n');
}
