import { z } from 'zod';
import { ChecklistStatus, LIMITS, MandateCheckStatus, Outcome, ScopeVerdict, StepIdSchema } from './session-events';
import { MAX_CODE_DURATION_MINUTES, MIN_CODE_DURATION_MINUTES } from './countdown';

/**
 * What the helper asks for. Commands are input (they may come over the IPC bridge), so
 * they are parsed with French messages; `applyCommand` (steps.ts) then decides whether the
 * session allows them and turns them into events.
 */

const trimmed = (max: number, tooLong: string) => z.string({ message: 'Texte attendu.' }).trim().max(max, tooLong);
const required = (empty: string, max: number, tooLong: string) => trimmed(max, tooLong).min(1, empty);
const reasonField = trimmed(LIMITS.reason, `La raison fait ${LIMITS.reason} caractères au plus.`);

const c = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

export const SessionCommand = z.discriminatedUnion(
  'type',
  [
    c('start', {
      mandateStatus: MandateCheckStatus,
      mandateId: trimmed(LIMITS.mandateId, 'Identifiant de mandat trop long.').optional(),
      /** Blank means none; checked for length only when the mandate is not valid. */
      overrideReason: reasonField.optional(),
    }),
    c('recheck_mandate', {
      mandateStatus: MandateCheckStatus,
      mandateId: trimmed(LIMITS.mandateId, 'Identifiant de mandat trop long.').optional(),
    }),
    c('override_mandate', { reason: reasonField }),
    c('next', {}),
    c('back', { reason: reasonField.optional() }),
    c('skip', { reason: reasonField }),
    c('jump', { to: StepIdSchema, reason: reasonField.optional() }),
    c('generate_code', {
      /** Absent or blank: the helper confirms « code généré » without typing it. */
      code: z.string({ message: 'Le code est un texte.' }).max(40, 'Le code compte 6 caractères.').optional(),
      durationMinutes: z
        .number({ message: 'La durée du code est un nombre de minutes.' })
        .int('La durée du code est un nombre entier de minutes.')
        .min(MIN_CODE_DURATION_MINUTES, `La durée du code est d’au moins ${MIN_CODE_DURATION_MINUTES} minute.`)
        .max(MAX_CODE_DURATION_MINUTES, `La durée du code est d’au plus ${MAX_CODE_DURATION_MINUTES} minutes.`)
        .optional(),
    }),
    c('expire_code', {}),
    c('clear_code', {}),
    c('grant_control', {}),
    c('stop_control', {}),
    c('say_point', { pointId: required('Phrase inconnue.', LIMITS.pointId, 'Identifiant de phrase trop long.') }),
    c('add_note', { text: required('La note est vide.', LIMITS.note, `Une note fait ${LIMITS.note} caractères au plus.`) }),
    c('set_checklist', {
      itemId: required('Action inconnue.', LIMITS.itemId, 'Identifiant d’action trop long.'),
      scopeLabel: required('L’action n’a pas de libellé.', LIMITS.scopeLabel, 'Libellé d’action trop long.'),
      status: ChecklistStatus,
      note: trimmed(LIMITS.note, `Une note fait ${LIMITS.note} caractères au plus.`).optional(),
    }),
    c('check_scope', {
      request: required('Tapez la demande de la personne.', LIMITS.request, `Une demande fait ${LIMITS.request} caractères au plus.`),
      verdict: ScopeVerdict,
      matchedScope: trimmed(LIMITS.scopeLabel, 'Libellé d’action trop long.').optional(),
      decision: trimmed(LIMITS.decision, `La décision fait ${LIMITS.decision} caractères au plus.`).optional(),
    }),
    c('request_followup', {
      text: required('Décrivez ce qui est à prévoir.', LIMITS.followup, `Une demande fait ${LIMITS.followup} caractères au plus.`),
    }),
    c('check_hygiene', {
      itemId: required('Élément inconnu.', LIMITS.pointId, 'Élément inconnu.'),
      checked: z.boolean({ message: 'Coché ou non : oui ou non.' }),
    }),
    c('close', { outcome: Outcome }),
  ],
  { message: 'Commande inconnue.' },
);

/** What callers pass (before trimming). */
export type SessionCommand = z.input<typeof SessionCommand>;
/** After parsing: trimmed, defaults applied. */
export type ParsedSessionCommand = z.output<typeof SessionCommand>;
export type SessionCommandType = SessionCommand['type'];
