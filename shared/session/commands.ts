import { z } from 'zod';
import { ChecklistStatus, LIMITS, MandateCheckStatus, Outcome, ScopeVerdict, SessionHelper, StepIdSchema } from './session-events';
import { MAX_CODE_DURATION_MINUTES, MIN_CODE_DURATION_MINUTES } from './countdown';

/**
 * What the helper asks for. Commands are input (they may come over the IPC bridge), so
 * they are parsed with keyed messages (shared/messages); `applyCommand` (steps.ts) then decides whether the
 * session allows them and turns them into events.
 */

const trimmed = (max: number, tooLong: string) => z.string({ message: 'input.textExpected' }).trim().max(max, tooLong);
const required = (empty: string, max: number, tooLong: string) => trimmed(max, tooLong).min(1, empty);
const reasonField = trimmed(LIMITS.reason, 'command.reasonTooLong');

const c = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

export const SessionCommand = z.discriminatedUnion(
  'type',
  [
    c('start', {
      mandateStatus: MandateCheckStatus,
      mandateId: trimmed(LIMITS.mandateId, 'command.mandateIdTooLong').optional(),
      /** Blank means none; checked for length only when the mandate is not valid. */
      overrideReason: reasonField.optional(),
      /** Set by the service (the helper last used), never by the renderer. */
      helper: SessionHelper.optional(),
    }),
    /**
     * The renderer names the profile; the service adds its names as they are now (sessions/service.ts),
     * so the record says who helped even after a rename.
     */
    c('choose_helper', {
      helperId: required('command.helperRequired', LIMITS.helperId, 'command.helperRequired'),
      helper: SessionHelper.optional(),
    }),
    /** The renderer names the lines; the service replaces them with the candidates it computed (labels and follow-ups). */
    c('set_plan', {
      items: z
        .array(
          z.object({
            id: required('command.planItemUnknown', LIMITS.itemId, 'command.planItemUnknown'),
            label: trimmed(LIMITS.scopeLabel, 'command.labelTooLong').optional(),
            followupId: trimmed(LIMITS.itemId, 'command.planItemUnknown').optional(),
          }),
          { message: 'command.planEmpty' },
        )
        .min(1, 'command.planEmpty')
        .max(LIMITS.planItems, 'command.planTooLong'),
    }),
    c('confirm_code_box', {}),
    /** Leaves the session from any step, outcome « interrompue »: the reason is what the record keeps. */
    c('abandon', { reason: reasonField }),
    c('recheck_mandate', {
      mandateStatus: MandateCheckStatus,
      mandateId: trimmed(LIMITS.mandateId, 'command.mandateIdTooLong').optional(),
    }),
    c('override_mandate', { reason: reasonField }),
    c('next', {}),
    c('back', { reason: reasonField.optional() }),
    c('skip', { reason: reasonField }),
    c('jump', { to: StepIdSchema, reason: reasonField.optional() }),
    c('generate_code', {
      /** Absent or blank: the helper confirms « code généré » without typing it. */
      code: z.string({ message: 'command.codeNotText' }).max(40, 'command.codeTooLong').optional(),
      durationMinutes: z
        .number({ message: 'codeDuration.notNumber' })
        .int('codeDuration.notInteger')
        .min(MIN_CODE_DURATION_MINUTES, 'codeDuration.tooShort')
        .max(MAX_CODE_DURATION_MINUTES, 'codeDuration.tooLong')
        .optional(),
    }),
    /** The same code typed again for the dictation aid; it is never stored. */
    c('note_code', { code: z.string({ message: 'command.codeNotText' }).max(40, 'command.codeTooLong') }),
    c('expire_code', {}),
    c('clear_code', {}),
    c('grant_control', {}),
    c('stop_control', {}),
    c('say_point', { pointId: required('command.pointRequired', LIMITS.pointId, 'command.pointIdTooLong') }),
    c('add_note', { text: required('command.noteEmpty', LIMITS.note, 'command.noteTooLong') }),
    c('set_checklist', {
      itemId: required('command.itemRequired', LIMITS.itemId, 'command.itemIdTooLong'),
      scopeLabel: required('command.labelRequired', LIMITS.scopeLabel, 'command.labelTooLong'),
      status: ChecklistStatus,
      note: trimmed(LIMITS.note, 'command.noteTooLong').optional(),
    }),
    c('check_scope', {
      request: required('command.requestRequired', LIMITS.request, 'command.requestTooLong'),
      verdict: ScopeVerdict,
      matchedScope: trimmed(LIMITS.scopeLabel, 'command.labelTooLong').optional(),
      decision: trimmed(LIMITS.decision, 'command.decisionTooLong').optional(),
    }),
    c('request_followup', {
      text: required('command.followupRequired', LIMITS.followup, 'command.requestTooLong'),
    }),
    c('check_hygiene', {
      itemId: required('command.hygieneItemUnknown', LIMITS.pointId, 'command.hygieneItemUnknown'),
      checked: z.boolean({ message: 'command.checkedYesNo' }),
    }),
    c('close', { outcome: Outcome }),
  ],
  { message: 'command.unknown' },
);

/** What callers pass (before trimming). */
export type SessionCommand = z.input<typeof SessionCommand>;
/** After parsing: trimmed, defaults applied. */
export type ParsedSessionCommand = z.output<typeof SessionCommand>;
export type SessionCommandType = SessionCommand['type'];
