import { z } from 'zod';
import { HelperProfile, NewPin, TypedPin } from '../helpers/calls';
import { PhraseText } from '../keys/calls';

/**
 * The lock (issue 16 §2). The main process holds it: while locked it refuses every call but
 * these and the open session's panel calls. The lock screen lists helper profiles (names only:
 * no person, no search, no history) and, while a session's security code runs, that session.
 */

export const LOCK_REASONS = ['start', 'idle', 'suspend', 'lock-screen', 'manual'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export const LockProfile = z.object({ id: z.string(), displayName: z.string(), hasPin: z.boolean() });
export type LockProfile = z.infer<typeof LockProfile>;

export const LockState = z.object({
  locked: z.boolean(),
  reason: z.enum(LOCK_REASONS).nullable(),
  /** The profile that unlocked the app: sessions, signatures, withdrawals, erasures and exports name it. */
  helper: z.object({ id: z.string(), name: z.string() }).nullable(),
  /**
   * Opened with the association's recovery phrase (every profile has a PIN and none is
   * remembered): no profile is named, records say so, and Réglages may remove or reset a PIN.
   */
  recovery: z.boolean(),
  /** Profiles in service, offered by the lock screen. */
  profiles: z.array(LockProfile),
  /** While locked: the open session whose security code is counting down, kept on screen; else null. */
  pinnedSessionId: z.string().nullable(),
});
export type LockState = z.infer<typeof LockState>;

const Id = z.string({ message: 'helpers.notFound' }).min(1, 'helpers.notFound').max(64, 'helpers.notFound');

export const lockCalls = {
  getLockState: { input: z.object({}).strict().default({}), output: LockState },
  /** A profile with a PIN needs it; one without unlocks with a click; null only when there is no profile at all. */
  unlockApp: { input: z.object({ helperId: Id.nullable(), pin: TypedPin.optional() }).strict(), output: LockState },
  /**
   * The way back in when every profile has a PIN and none is remembered: the association's
   * recovery phrase, checked against this folder's phrase-wrapped key. Wrong phrases slow down like PINs.
   */
  unlockWithRecoveryPhrase: { input: z.object({ phrase: PhraseText }).strict(), output: LockState },
  lockApp: { input: z.object({}).strict().default({}), output: LockState },
  /** The helper used the app (a key, a click): the idle delay starts again. While locked it changes nothing. */
  noteActivity: { input: z.object({}).strict().default({}), output: z.object({ locked: z.boolean() }) },
  /** Sets a PIN on a profile, or changes it: a profile that has one must give it first (not after a recovery-phrase unlock). */
  setHelperPin: { input: z.object({ id: Id, currentPin: TypedPin.optional(), newPin: NewPin }).strict(), output: HelperProfile },
  /**
   * Removes a PIN (the current one is asked, unless the app was opened with the recovery phrase):
   * the profile then unlocks with a click.
   */
  removeHelperPin: { input: z.object({ id: Id, currentPin: TypedPin.optional() }).strict(), output: HelperProfile },
} as const;

export const lockEvents = {
  lockChanged: z.object({ locked: z.boolean() }),
} as const;
