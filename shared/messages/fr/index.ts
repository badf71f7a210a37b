import { errors } from './errors';
import { fields } from './fields';
import { helpers } from './helpers';
import { mandate } from './mandate';
import { mandateForm } from './mandate-form';
import { records } from './records';
import { keys } from './keys';
import { session } from './session';

/**
 * Every French text of the keyed catalogue, one file per domain. French is the language the
 * main process writes fallbacks and files in, and the renderer's first one, so it is bundled
 * with the first chunk; English (../en) is read only when chosen.
 */
export const FRENCH_BY_DOMAIN = { errors, fields, mandateForm, mandate, session, records, helpers, keys } as const;

export const FRENCH = { ...errors, ...fields, ...mandateForm, ...mandate, ...session, ...records, ...helpers, ...keys } as const;

export type MessageKey = keyof typeof FRENCH;
