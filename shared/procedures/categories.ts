import categoryData from './categories.json';

/**
 * Aidants Connect's ten categories of procedures, in its order. Kept apart from the
 * procedures themselves so that the mandate form can offer them without loading the
 * scope guard's procedure data.
 */

export type CategoryId =
  | 'papers_citizenship'
  | 'family_school'
  | 'social_health'
  | 'work_training'
  | 'housing'
  | 'transport'
  | 'money_tax'
  | 'justice'
  | 'foreign_europe'
  | 'leisure';

export interface ProcedureCategory {
  readonly id: CategoryId;
  /** As Aidants Connect writes it, and as the mandate shows it. */
  readonly label: string;
  /** The key Aidants Connect's code uses for it. */
  readonly aidantsConnectKey: string;
  /** What it holds, in a line, for the mandate form. */
  readonly description: string;
}

export const CATEGORIES: readonly ProcedureCategory[] = categoryData.categories as ProcedureCategory[];

const byId = new Map(CATEGORIES.map((c) => [c.id, c]));

export function findCategory(id: string): ProcedureCategory | undefined {
  return byId.get(id as CategoryId);
}
