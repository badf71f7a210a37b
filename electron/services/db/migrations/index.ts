import type { Migration } from '../types';
import { m0001Persons } from './0001-persons';

/** In order. Append only. */
export const migrations: readonly Migration[] = [m0001Persons];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
