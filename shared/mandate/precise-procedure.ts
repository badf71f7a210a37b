import type { AppErrorValue } from '../ipc/result';
import { errorValue } from '../messages/error-value';
import type { Message } from '../messages/message';
import { CATEGORIES, PROCEDURES, SITES, type CategoryId, type Procedure } from '../procedures';
import { foldForSearch } from '../text/normalize';
import { findCatalogueEntry } from './catalogue';

/**
 * The CNIL's model mandate lists actions precisely, not in general: « Argent - Impôts -
 * Consommation » alone lets the helper touch any tax matter, « Déclarer ses revenus sur
 * impots.gouv.fr » only that one. So an action of a procedure category must say which procedure
 * and on which site; a bare category is refused, ticked or typed. Mandates signed before this
 * rule keep their bare categories: they are never rewritten (their attestation covers them).
 */
export type ProcedureItemProblem = 'bare' | 'noSite';

const CATEGORY_KEYS = CATEGORIES.map((c) => foldForSearch(c.label));

/** Words of a site address (impots.gouv.fr, ameli.fr, cartedepeche.fr…). */
const DOMAIN = /\b[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(fr|com|org|net|eu|info|gouv)\b/;

const punctuationFree = (text: string) => ` ${foldForSearch(text).replace(/[^a-z0-9.]+/g, ' ').trim()} `;

/** How sites are named: the procedures' sites, their spoken names and where each procedure is done. */
const SITE_WORDS: readonly string[] = [
  ...new Set(
    [...SITES.flatMap((s) => [s.label, ...s.terms]), ...PROCEDURES.flatMap((p) => p.where)]
      .map((text) => punctuationFree(text).trim())
      .filter((text) => text.length >= 3),
  ),
];

/** A bare category: nothing said beyond a category's own name. */
export function isBareCategory(label: string): boolean {
  let rest = foldForSearch(label);
  for (const key of CATEGORY_KEYS) rest = rest.split(key).join(' ');
  return !/[a-z0-9]/.test(rest);
}

export function namesASite(label: string): boolean {
  const text = punctuationFree(label);
  return DOMAIN.test(text) || SITE_WORDS.some((words) => text.includes(` ${words} `));
}

/** What is missing from an action filed under a procedure category, or null when it is precise. */
export function procedureItemProblem(label: string): ProcedureItemProblem | null {
  if (isBareCategory(label)) return 'bare';
  if (!namesASite(label)) return 'noSite';
  return null;
}

const PROBLEM_KEYS = { bare: 'mandateForm.procedureBare', noSite: 'mandateForm.procedureNoSite' } as const;

/** The problem of one action of a mandate: a procedure category needs procedure and site; no line may be a bare category. */
export function scopeItemProblem(item: { catalogueId?: string | null | undefined; label: string }): ProcedureItemProblem | null {
  const entry = item.catalogueId ? findCatalogueEntry(item.catalogueId) : undefined;
  if (entry?.kind === 'procedure') return procedureItemProblem(item.label);
  return isBareCategory(item.label) ? 'bare' : null;
}

export function problemMessage(problem: ProcedureItemProblem, label: string): Message {
  return { key: PROBLEM_KEYS[problem], params: { label: label.trim() } };
}

/**
 * Checked when a draft is saved and when consent is recorded (not when an amendment is started
 * from a signed mandate: its form then shows the vague lines to make precise). Each vague line
 * gets its field message at `scopeItems.<n>.label`, as the form's own errors do.
 */
export function scopePrecisionError(items: readonly { catalogueId?: string | null | undefined; label: string }[]): AppErrorValue | null {
  const fields: Record<string, Message> = {};
  items.forEach((item, index) => {
    const problem = scopeItemProblem(item);
    if (problem) fields[`scopeItems.${index}.label`] = problemMessage(problem, item.label);
  });
  const first = Object.values(fields)[0];
  return first ? errorValue('invalid_input', first.key, first.params, fields) : null;
}

export function proceduresOf(category: CategoryId): readonly Procedure[] {
  return PROCEDURES.filter((p) => p.category === category);
}

/**
 * The action line a helper starts from when picking a known procedure: its name and where it is
 * done (« Déclarer ses revenus sur impots.gouv.fr »), with French apostrophes. Editable.
 */
export function procedureLine(p: Procedure): string {
  const label = p.label.replace(/'/g, '’');
  const where = p.where[0]?.replace(/'/g, '’');
  if (!where) return label;
  return DOMAIN.test(punctuationFree(where)) && !where.includes(' ') ? `${label} sur ${where}` : `${label} — ${where}`;
}
