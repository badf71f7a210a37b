import type { Migration } from '../types';
import { m0001Persons } from './0001-persons';
import { m0002Mandates } from './0002-mandates';
import { m0003Sessions } from './0003-sessions';

/** In order. Append only. */
export const migrations: readonly Migration[] = [m0001Persons, m0002Mandates, m0003Sessions];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
