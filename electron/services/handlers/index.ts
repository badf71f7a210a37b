import type { AppContext } from '../context';
import { exportHandlers } from './export';
import { followupsHandlers } from './followups';
import { historyHandlers } from './history';
import { mandatesHandlers } from './mandates';
import { personsHandlers } from './persons';
import { recordsHandlers } from './records';
import { recoveryHandlers } from './recovery';
import { rightsHandlers } from './rights';
import { sessionsHandlers } from './sessions';
import { settingsHandlers } from './settings';
import type { Handlers } from './types';
import { windowHandlers } from './window';

export type { Handlers } from './types';

/**
 * Plain functions from validated input to output, one module per domain. They know
 * nothing of the transport; the compiler refuses a contract entry without its handler.
 */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    getAppInfo: () => ({ version: ctx.version, dataDir: ctx.dataDir, schemaVersion: ctx.schemaVersion }),
    ...personsHandlers(ctx),
    ...settingsHandlers(ctx),
    ...windowHandlers(ctx),
    ...mandatesHandlers(ctx),
    ...sessionsHandlers(ctx),
    ...followupsHandlers(ctx),
    ...recordsHandlers(ctx),
    ...exportHandlers(ctx),
    ...recoveryHandlers(ctx),
    ...rightsHandlers(ctx),
    ...historyHandlers(ctx),
  };
}
