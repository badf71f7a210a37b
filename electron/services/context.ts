import type { Settings } from '../../shared/settings/schema';
import { schemaVersion } from './db/migrate';
import { openDatabase } from './db/open';
import type { Db } from './db/types';
import { createDispatch, type Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers/index';
import type { IntegrityReport } from '../../shared/records/calls';
import { createBackupsService, type BackupsService } from './backups';
import { createFollowupsService, type FollowupsService } from './followups';
import { createCheckpoints } from './db/checkpoints';
import { createHistoryService, type HistoryService } from './history';
import { createIntegrity } from './integrity';
import { createMandatesService, type MandatesService } from './mandates/service';
import { createPersonsService, type PersonsService } from './persons';
import { createErasure, type Erasure } from './records/erasure';
import { createRetention, type Retention } from './records/retention';
import type { Printer } from './printer';
import { createSessionsService, type SessionsService } from './sessions/service';
import { createSettingsService, type KeyValueFile, type SettingsService } from './settings';
import type { WindowControl } from './window-control';
import type { RecoveryControl } from './host';

export interface AppContext {
  version: string;
  dataDir: string;
  /** The injected clock (tests move it). */
  now: () => Date;
  schemaVersion: number;
  db: Db;
  bus: EventBus;
  persons: PersonsService;
  settings: SettingsService;
  windowControl: WindowControl | undefined;
  mandates: MandatesService;
  followups: FollowupsService;
  /** Re-checks SQLite and both hash chains from their first row (see integrity.ts). */
  verifyIntegrity(): Promise<IntegrityReport>;
  /** The start-up check (since the checkpoints), replaced by the background full check once it is done. */
  readonly startupIntegrity: IntegrityReport;
  backups: BackupsService;
  sessions: SessionsService;
  /** Print to PDF; undefined in browser mode, where the renderer uses the browser's print dialog. */
  printer: Printer | undefined;
  /** Restore and recovery, when the services run inside a host (electron/services/host.ts). */
  recovery: RecoveryControl | undefined;
  erasure: Erasure;
  retention: Retention;
  /** Sessions listed, filtered and searched (also what the benchmark calls). */
  history: HistoryService;
}

export interface AppServices {
  ctx: AppContext;
  bus: EventBus;
  dispatch: Dispatch;
  /** The daily backup check, at start and hourly: for the running app, not for tests. */
  startBackgroundTasks(): void;
  close(): void;
}

export interface AppServicesOptions {
  dataDir: string;
  settingsFile: KeyValueFile;
  version: string;
  now?: () => Date;
  log?: (error: unknown) => void;
  windowControl?: WindowControl;
  printer?: Printer;
  /** Given by the host so transports keep one bus across a restore. */
  bus?: EventBus;
  recovery?: RecoveryControl;
}

/** Everything the main process owns, without Electron: used by main.ts, the web server and tests. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const db = openDatabase(options.dataDir);
  try {
    return servicesOn(db, options);
  } catch (error) {
    // Release the file: on Windows an open handle would stop recovery moving it aside.
    db.close();
    throw error;
  }
}

function servicesOn(db: Db, options: AppServicesOptions): AppServices {
  const bus = options.bus ?? new EventBus();
  const persons = createPersonsService(db, options.now);
  const settings = createSettingsService(options.settingsFile, (s: Settings) => bus.emit('settingsChanged', s));
  const mandates = createMandatesService(db, persons, settings, options.now);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((e: unknown) => console.error(e));
  const backups = createBackupsService(db, options.dataDir, () => settings.get().backupsToKeep, () => now().getTime());
  const sessions = createSessionsService({
    db,
    bus,
    persons,
    settings,
    mandates,
    now: options.now,
    // A closed session is a natural checkpoint: copy the database while nothing else is going on.
    onClosed: () => void backups.create(null, 'session').catch(log),
  });
  const integrity = createIntegrity(db, createCheckpoints(db), () => now().getTime(), log);
  const logBreak = (r: IntegrityReport) => {
    if (!r.ok) log(new Error(r.broken.map((b) => b.message).join('\n') || r.message));
  };
  let startupIntegrity = integrity.startup();
  logBreak(startupIntegrity);
  let closed = false;
  // Every full check, on demand or in the background, becomes what the start-up banner shows.
  const verifyIntegrity = () =>
    integrity.full().then((r) => {
      if (!closed) {
        startupIntegrity = r;
        bus.emit('integrityChecked', r);
      }
      return r;
    });
  const retention = createRetention(db, settings, now, log);
  retention.runAtStartup(startupIntegrity);
  const ctx: AppContext = {
    version: options.version,
    dataDir: options.dataDir,
    now,
    schemaVersion: schemaVersion(db),
    db,
    bus,
    persons,
    settings,
    windowControl: options.windowControl,
    mandates,
    followups: createFollowupsService(db),
    verifyIntegrity,
    get startupIntegrity() {
      return startupIntegrity;
    },
    backups,
    sessions,
    printer: options.printer,
    recovery: options.recovery,
    erasure: createErasure(db, bus, now),
    retention,
    history: createHistoryService(db),
  };
  const dispatch = createDispatch(createHandlers(ctx), log);
  let timer: NodeJS.Timeout | null = null;
  return {
    ctx,
    bus,
    dispatch,
    startBackgroundTasks() {
      const daily = () => void backups.dailyIfDue().catch(log);
      daily();
      timer = setInterval(daily, 60 * 60 * 1000);
      timer.unref();
      // The full check start-up skipped: in slices, so the window stays responsive meanwhile.
      void verifyIntegrity().then(
        (r) => !closed && logBreak(r),
        (e: unknown) => !closed && log(e),
      );
    },
    close: () => {
      if (timer) clearInterval(timer);
      closed = true;
      db.close();
    },
  };
}
