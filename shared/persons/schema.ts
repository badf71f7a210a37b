import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';
import { QUICK_ASSIST_STATES, WINDOWS_VERSIONS } from './equipment';

export { QUICK_ASSIST_STATES, WINDOWS_VERSIONS, type QuickAssistState, type WindowsVersion } from './equipment';

const id = z.string().uuid({ message: 'input.idInvalid' });

export const PersonId = z.object({ id });

export const PersonFields = z.object({
  name: z
    .string({ message: 'persons.nameRequired' })
    .trim()
    .min(1, 'persons.nameRequired')
    .max(120, 'persons.nameTooLong')
    .refine(hasNoControlChars, 'input.controlChars'),
  phone: z
    .string({ message: 'persons.phoneNotText' })
    .trim()
    .max(30, 'persons.phoneTooLong')
    .regex(/^[0-9+().\s-]*$/, 'persons.phoneCharacters')
    .default(''),
  notes: z
    .string({ message: 'persons.notesNotText' })
    .max(4000, 'persons.notesTooLong')
    .default(''),
});


const Equipment = {
  windowsVersion: z.enum(WINDOWS_VERSIONS, { message: 'persons.windowsVersion' }),
  quickAssist: z.enum(QUICK_ASSIST_STATES, { message: 'persons.quickAssist' }),
};

export const PersonCreate = PersonFields.extend({
  windowsVersion: Equipment.windowsVersion.default('unknown'),
  quickAssist: Equipment.quickAssist.default('unknown'),
}).strict();
/** The equipment is changed only when given: a form that does not show it leaves it as it was. */
export const PersonUpdate = PersonFields.extend({ id, windowsVersion: Equipment.windowsVersion.optional(), quickAssist: Equipment.quickAssist.optional() }).strict();

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  notes: z.string(),
  windowsVersion: z.enum(WINDOWS_VERSIONS),
  quickAssist: z.enum(QUICK_ASSIST_STATES),
  /** The last in-person rehearsal (the rehearsals recorded for the person), null when none was. */
  rehearsedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const PersonQuery = z
  .object({ query: z.string().max(200, 'persons.queryTooLong').default('') })
  .strict();

export type Person = z.infer<typeof Person>;
export type PersonCreate = z.input<typeof PersonCreate>;
export type PersonUpdate = z.input<typeof PersonUpdate>;
