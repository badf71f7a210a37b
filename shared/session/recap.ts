import { foldForSearch } from '../text/normalize';
import type { Outcome } from './session-events';
import type { SessionState } from './state';

/**
 * The recap the helper reads to the person at the end: what was done, what was not,
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
}

export interface RecapOptions {
  /**
   * The helper's session notes are working notes; they are read out by default because
   * the brief puts them in the recap, but the screen may offer to leave them out.
   */
  includeNotes?: boolean;
}

type RecapInput = Pick<SessionState, 'checklist' | 'notes' | 'scopeChecks' | 'followups' | 'outcome'>;

const TITLES: Record<RecapSectionKind, { title: string; lead?: string }> = {
  done: { title: 'Ce qui est fait' },
  not_done: { title: 'Ce qui n’est pas fait' },
  postponed: { title: 'Ce qui est reporté à une prochaine fois' },
  out_of_scope: {
    title: 'Ce qui n’est pas prévu dans le mandat',
    lead: 'Pour cela, il faudra une nouvelle séance, avec un mandat mis à jour.',
  },
  do_yourself: {
    title: 'Ce que vous ferez vous-même',
    lead: 'Ce sont des démarches personnelles : c’est vous qui les faites.',
  },
  notes: { title: 'À retenir' },
};

const NOT_ADDRESSED = 'Nous n’en avons pas parlé aujourd’hui.';
const NOTHING_DONE = 'Nous n’avons encore rien terminé aujourd’hui.';
const THANKS = 'Merci pour votre confiance.';

const CLOSINGS: Record<Outcome, string> = {
  completed: 'Tout ce qui était prévu est fait.',
  partial: 'Nous avons fait une partie de ce qui était prévu. Le reste se fera une autre fois.',
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

export function buildRecap(state: RecapInput, scopeLabels: readonly string[], options: RecapOptions = {}): Recap {
  const includeNotes = options.includeNotes ?? true;
  // Mandate order first: the person recognises the list they signed.
  const rank = (label: string) => {
    const index = scopeLabels.findIndex((l) => foldForSearch(l) === foldForSearch(label));
    return index === -1 ? scopeLabels.length : index;
  };
  const entries = [...state.checklist].sort((a, b) => rank(a.scopeLabel) - rank(b.scopeLabel));
  const byStatus = (status: string) => entries.filter((e) => e.status === status).map((e) => item(e.scopeLabel, e.note));
  const touched = new Set(state.checklist.map((e) => foldForSearch(e.scopeLabel)));
  const untouched = scopeLabels.filter((l) => !touched.has(foldForSearch(l))).map((l) => item(l, NOT_ADDRESSED));

  const decisionOf = (c: { decision?: string }) => c.decision;
  const outOfScope = uniqueItems([
    ...state.scopeChecks.filter((c) => c.verdict === 'out_of_scope' || c.verdict === 'excluded').map((c) => item(c.request, decisionOf(c))),
    ...state.followups.map((f) => item(f.text)),
  ]);
  const doYourself = uniqueItems(state.scopeChecks.filter((c) => c.verdict === 'sensitive').map((c) => item(c.request, decisionOf(c))));

  const all = [
    section('done', byStatus('done')),
    section('not_done', [...byStatus('not_done'), ...untouched]),
    section('postponed', byStatus('postponed')),
    section('out_of_scope', outOfScope),
    section('do_yourself', doYourself),
    section('notes', includeNotes ? state.notes.map((n) => item(n.text)) : []),
  ];
  const sections = all.filter((s) => s.items.length > 0);

  const outcome = state.outcome ?? inferOutcome(all);
  const closing = `${CLOSINGS[outcome]} ${THANKS}`;
  return { sections, closing, text: renderRecap(sections, closing) };
}

/** Before the close the outcome is not chosen yet: the recap reads it from the checklist. */
function inferOutcome(sections: RecapSection[]): Outcome {
  const remaining = sections.some((s) => (s.kind === 'not_done' || s.kind === 'postponed') && s.items.length > 0);
  return remaining ? 'partial' : 'completed';
}

/** Full stop at the end unless the text already ends a sentence. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

function renderItem(i: RecapItem): string {
  return i.detail ? `- ${i.label.trim().replace(/[.!?…]+$/, '')} : ${sentence(i.detail)}` : `- ${sentence(i.label)}`;
}

export function renderRecap(sections: readonly RecapSection[], closing: string): string {
  const blocks: string[] = ['Voici le résumé de notre séance.'];
  if (!sections.some((s) => s.kind === 'done')) blocks.push(NOTHING_DONE);
  for (const s of sections) {
    const lines = [`${s.title} :`];
    if (s.lead) lines.push(s.lead);
    lines.push(...s.items.map(renderItem));
    blocks.push(lines.join('\n'));
  }
  blocks.push(closing);
  return blocks.join('\n\n');
}
