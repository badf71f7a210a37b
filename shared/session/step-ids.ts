/**
 * The steps of a guided session, in the order of the procedure. 'end_sharing' came later (issue 12):
 * ending control leaves the screen shared, so the helper ends the sharing and the person closes
 * Quick Assist in a step of their own. Ids are only ever added, never renamed or removed, so a log
 * written in an older order still parses and folds. Kept apart from the
 * machine (steps.ts) so that the event schemas can name steps without an import cycle, and free
 * of zod so that the renderer's first chunk can use it (the schema is `StepIdSchema` in session-events.ts).
 */
export const STEP_IDS = [
  'preparation',
  'call',
  'code',
  'entry',
  'share',
  'control',
  'work',
  'end_control',
  'end_sharing',
  'recap',
  'questions',
  'closing',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export const FIRST_STEP: StepId = 'preparation';
export const LAST_STEP: StepId = 'closing';

export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

/** The step after `step`, or null at the last one. */
export function stepAfter(step: StepId): StepId | null {
  return STEP_IDS[stepIndex(step) + 1] ?? null;
}

/** The step before `step`, or null at the first one. */
export function stepBefore(step: StepId): StepId | null {
  const index = stepIndex(step);
  return index > 0 ? (STEP_IDS[index - 1] ?? null) : null;
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}
