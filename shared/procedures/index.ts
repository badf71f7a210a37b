import type { CategoryId } from './categories';
import procedureData from './procedures.json';

export { CATEGORIES, findCategory, type CategoryId, type ProcedureCategory } from './categories';

/**
 * The single source of what Binôme knows about online procedures: Aidants Connect's ten
 * categories (offered by the mandate catalogue) and the common procedures filed under them
 * (read by the scope guard). Both JSON files are data written by us; this module only types
 * them. test/shared/procedures/data.test.ts checks their shape and their cross-references.
 */

export interface Site {
  readonly id: string;
  readonly label: string;
  /** How people say or type it ("les impôts", "impots.gouv"). */
  readonly terms: readonly string[];
}

export interface Procedure {
  readonly id: string;
  readonly category: CategoryId;
  /** 'aidants-connect' when Aidants Connect names it; 'inferred' when filed from service-public.fr's themes. */
  readonly categorySource: 'aidants-connect' | 'inferred';
  readonly categoryEvidence: string;
  /** Other categories the sources would also allow: a mandate in one of them is worth checking. */
  readonly altCategories: readonly CategoryId[];
  readonly label: string;
  readonly sites: readonly string[];
  /** Where it is done, as the research wrote it. */
  readonly where: readonly string[];
  readonly organisation: string;
  readonly documents: readonly string[];
  readonly subtasks: readonly string[];
  /** How people name it on the phone, without the site's words. */
  readonly spokenNames: readonly string[];
  /** Other procedures, often on the same site, that must not be taken for this one. */
  readonly neighbours: readonly string[];
  /** Its core step is a payment, bank details or a secret: the person does that step. */
  readonly sensitive: boolean;
  readonly notes: string;
}

export const SITES: readonly Site[] = procedureData.sites;
export const PROCEDURES: readonly Procedure[] = procedureData.procedures as Procedure[];

const byId = new Map(PROCEDURES.map((p) => [p.id, p]));

export function findProcedure(id: string): Procedure | undefined {
  return byId.get(id);
}
