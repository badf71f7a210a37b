import type { Catalogue } from '../format';
import type { MessageKey } from '../fr';
import { errors } from './errors';
import { fields } from './fields';
import { helpers } from './helpers';
import { mandate } from './mandate';
import { mandateForm } from './mandate-form';
import { records } from './records';
import { keys } from './keys';
import { session } from './session';

/** Every English text of the keyed catalogue. Imported lazily by the renderer, with its English i18next files. */
export const ENGLISH_BY_DOMAIN = { errors, fields, mandateForm, mandate, session, records, helpers, keys } as const;

const texts: Record<MessageKey, string> = { ...errors, ...fields, ...mandateForm, ...mandate, ...session, ...records, ...helpers, ...keys };

export const ENGLISH_CATALOGUE: Catalogue = { language: 'en', texts };
