/**
 * The person's computer, as far as the helper knows it: what the preparation of a session shows.
 * Kept apart from the schema so the first screens can list the choices without loading zod.
 */
export const WINDOWS_VERSIONS = ['10', '11', 'other', 'unknown'] as const;
export const QUICK_ASSIST_STATES = ['yes', 'no', 'unknown'] as const;
export type WindowsVersion = (typeof WINDOWS_VERSIONS)[number];
export type QuickAssistState = (typeof QUICK_ASSIST_STATES)[number];
