import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';

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

export const PersonCreate = PersonFields.strict();
export const PersonUpdate = PersonFields.extend({ id }).strict();

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const PersonQuery = z
  .object({ query: z.string().max(200, 'persons.queryTooLong').default('') })
  .strict();

export type Person = z.infer<typeof Person>;
export type PersonCreate = z.input<typeof PersonCreate>;
export type PersonUpdate = z.input<typeof PersonUpdate>;
