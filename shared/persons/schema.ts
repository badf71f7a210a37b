import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';

const id = z.string().uuid({ message: 'Identifiant invalide.' });

export const PersonId = z.object({ id });

export const PersonFields = z.object({
  name: z
    .string({ message: 'Le nom est obligatoire.' })
    .trim()
    .min(1, 'Le nom est obligatoire.')
    .max(120, 'Le nom est trop long (120 caractères au plus).')
    .refine(hasNoControlChars, 'Ce champ contient un caractère invisible ou de contrôle (tabulation, retour à la ligne, inversion du sens d’écriture…) : retapez-le sans.'),
  phone: z
    .string({ message: 'Le téléphone doit être un texte.' })
    .trim()
    .max(30, 'Le numéro de téléphone est trop long.')
    .regex(/^[0-9+().\s-]*$/, 'Le téléphone ne peut contenir que des chiffres, des espaces et les signes + ( ) . -, rien d’autre.')
    .default(''),
  notes: z
    .string({ message: 'Les notes doivent être un texte.' })
    .max(4000, 'Les notes sont trop longues (4000 caractères au plus).')
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
  .object({ query: z.string().max(200, 'La recherche est trop longue.').default('') })
  .strict();

export type Person = z.infer<typeof Person>;
export type PersonCreate = z.input<typeof PersonCreate>;
export type PersonUpdate = z.input<typeof PersonUpdate>;
