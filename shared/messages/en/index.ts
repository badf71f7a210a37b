import type { Catalogue } from '../format';
import type { MessageKey } from '../fr';
import { errors } from './errors';
import { fields } from './fields';
import { guide } from './guide';
import { helpers } from './helpers';
import { mandate } from './mandate';
import { mandateForm } from './mandate-form';
import { records } from './records';
import { keys } from './keys';
import { paths } from './paths';
import { session } from './session';

/** Every English text of the keyed catalogue. Imported lazily by the renderer, with its English i18next files. */
export const ENGLISH_BY_DOMAIN = { errors, fields, mandateForm, mandate, session, guide, records, helpers, keys, paths } as const;

const texts: Record<MessageKey, string> = { ...errors, ...fields, ...mandateForm, ...mandate, ...session, ...guide, ...records, ...helpers, ...keys, ...paths };

export const ENGLISH_CATALOGUE: Catalogue = { language: 'en', texts };
