import type { SensitiveKind } from './lexicon';

/**
 * The guard's answer is data, never a sentence: the renderer words it (i18n keys under
 * `scope.`) and the CLI prints it as is.
 *
 * - in_scope: one item covers the request's action and everything it names (or the request is
 *   about the Quick Assist connection itself: `matchedScope` is then null);
 * - check: an item covers part of it; `evidence.uncovered` holds what no item covers;
 * - out_of_scope: no item covers anything it names;
 * - excluded: an exclusion of the mandate names its action and its object;
 * - sensitive: a secret, bank details, a payment or a purchase: the person does it alone;
 * - unclear: too vague to judge.
 */
export type VerdictKind = 'in_scope' | 'check' | 'out_of_scope' | 'excluded' | 'sensitive' | 'unclear';

/**
 * Why a request is only partly covered (check) or not at all (out_of_scope):
 * - action: the item does another thing to it (delete against copy, cancel against book…);
 * - procedure: another procedure, often on the same site (paying a tax against declaring income);
 * - category: the procedure belongs to this category only as an alternative filing;
 * - alternative: another product of the same kind (Skype against Zoom);
 * - device: another device (the phone against the computer);
 * - generic: a general service where the item names a specific one (any doctor against Doctolib);
 * - words: words the item does not name;
 * - no_item: nothing in the mandate is about it;
 * - no_scope: no action of the mandate is in force.
 */
export type Why = 'action' | 'procedure' | 'category' | 'alternative' | 'device' | 'generic' | 'words' | 'no_item' | 'no_scope';

export interface Evidence {
  /** Words of the request (as typed) and the scope item or exclusion they matched. */
  matched: { words: string; item: string }[];
  /** Words of the request that no scope item covers. */
  uncovered: string[];
  /** Words that made the request sensitive. */
  flagged: string[];
}

export interface Verdict {
  verdict: VerdictKind;
  /** The scope item that covers the request (in_scope) or covers part of it (check). */
  matchedScope: string | null;
  why?: Why;
  sensitiveKind?: SensitiveKind;
  /** The exclusion that applies (excluded), or that says the same as a sensitive verdict. */
  exclusion?: string;
  evidence: Evidence;
}

export type { SensitiveKind };
