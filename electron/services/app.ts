import { purgedAnything } from '../../shared/retention/policy';
import { createBackupsService, type RollingHooks } from './backups';
import { schemaVersion } from './db/migrate';
import { openDatabase } from './db/open';
import { readOnly, type WritableDB } from './db/types';
import { createDispatch, type Dispatch } from './dispatch';
import { EventBus } from './event-bus';
import { createFollowupsService } from './followups/service';
import { combineHandlers, type Handlers } from './handler-map';
import { createHelpersService } from './helpers/service';
import { createHistoryService } from './history';
import { createLockService, type LockService } from './lock/service';
import { createMandatesService } from './mandates/service';
import { createPersonExportService } from './person-export';
import { createPersonsService } from './persons/service';
import type { Printer } from './printer';
import { createChainSeal, type ChainSeal } from './records/chain-seal';
import { createDocumentsService } from './records/documents';
import { createErasure } from './records/erasure';
import { createIntegrityReports } from './records/integrity-reports';
import { createFolderFacts, type NewestBackup } from './records/folder-facts';
import { createFolderWitness } from './records/folder-witness';
import { createRestoreLog } from './records/restore-log';
import { createRetention } from './records/retention';
import { recoveryHandlers, type RecoveryControl } from './recovery';
import { createSessionsService } from './sessions/service';
import { createSettingsService, type KeyValueFile, type SettingsService } from './settings';
import { createStores } from './stores';
import { createWindowService, type WindowControl } from './window-control';
import { deriveKey } from './keys/data-key';
import type { FolderKey } from './keys/folder-key';
import { keysHandlers, type KeyControl } from './keys/handlers';

/** The open services, as the transports, the host and the tools use them. */
export interface AppServices {
  /** The one connection (the host copies it before a restore; tests look into it). */
  db: WritableDB;
  bus: EventBus;
  /** Every call of the contract, validated, then answered by its domain's handler. */
  dispatch: Dispatch;
  schemaVersion: number;
  /** Electron's panel control keeps the panel's place in the settings. */
  settings: SettingsService;
  /** Locks the app now (Electron: the system sleeps or locks its screen). */
  lock(reason: 'suspend' | 'lock-screen'): void;
  /** The daily backup check, at start and hourly, the idle lock's tick, and `afterStart`: for the running app, not for tests. */
  startBackgroundTasks(): void;
  /**
   * What start-up leaves until the first screen is served: the full integrity check, then the
   * retention purge when every chain verified. Resolves when both are done (tests await it).
   */
  afterStart(): Promise<void>;
  close(): void;
}

export interface AppServicesOptions {
  dataDir: string;
  /** The data key the database and its backups are encrypted with (keys/, opened by the host). */
  key: FolderKey;
  settingsFile: KeyValueFile;
  version: string;
  /** The injected clock (tests move it). */
  now?: () => Date;
  /**
   * Milliseconds that only go forward, for the idle lock: time really spent away from the keyboard,
   * which the service clock above (moved by tests, offset in browser mode) does not measure.
   */
  elapsed?: () => number;
  log?: (error: unknown) => void;
  windowControl?: WindowControl;
  /** Print to PDF; undefined in browser mode, where the renderer uses the browser's print dialog. */
  printer?: Printer;
  /** Given by the host so transports keep one bus across a restore. */
  bus?: EventBus;
  /** Restore and recovery, when the services run inside a host (host.ts). */
  recovery?: RecoveryControl;
  /** The recovery phrase's calls, answered by the host that holds the key. */
  keyControl?: KeyControl;
  /** The host's check of the association's recovery phrase, for the lock's way back in (lock/service.ts). */
  proveRecoveryPhrase?: (phrase: string) => Promise<void>;
  /**
   * The key of the seal over the chains' heads (records/chain-seal.ts). By default derived from
   * the data key (HKDF, its own label), so the seal is active wherever the data can be opened;
   * tests pass their own.
   */
  chainMacKey?: () => Buffer | null;
  /** Set by the host when this database was just put in place by a restore (records/restore-log.ts). */
  restored?: { at: number; source: string };
  /**
   * The entry points (main.ts, web/cli.ts), which hold the data-folder lock: the database is held
   * exclusively too (db/open.ts), so a second process is refused even if `binome.lock` is deleted.
   */
  exclusiveDatabase?: boolean;
}

/** Everything the main process owns, without Electron: used by main.ts, the web server and tests. */
export function createAppServices(options: AppServicesOptions): AppServices {
  const db = openDatabase(options.dataDir, options.key.key, { exclusive: options.exclusiveDatabase === true });
  try {
    return servicesOn(db, options);
  } catch (error) {
    // Release the file: on Windows an open handle would stop recovery moving it aside.
    db.close();
    throw error;
  }
}

/**
 * Builds each domain service on the one connection and bus, then puts their handler maps
 * together: a call answered twice throws here, a call answered nowhere does not compile.
 */
function servicesOn(db: WritableDB, options: AppServicesOptions): AppServices {
  const { dataDir, printer } = options;
  const bus = options.bus ?? new EventBus();
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((e: unknown) => console.error(e));
  // The seal follows every chain write, in its transaction; created once the stores exist.
  let seal: ChainSeal | null = null;
  const stores = createStores(db, { onChainWrite: () => seal?.follow() });
  const sealKey = options.chainMacKey ? options.chainMacKey() : deriveKey(options.key.key, 'log-mac');
  seal = sealKey ? createChainSeal(db, sealKey, log) : null;
  if (options.restored) createRestoreLog(db).add(options.restored.at, options.restored.source);
  const settings = createSettingsService(options.settingsFile, bus);
  const persons = createPersonsService(db, stores, bus, now);
  const helpers = createHelpersService({ db, store: stores.helpers, sessions: stores.sessions, settings, bus, now });
  helpers.importLegacyName();
  // Built after the sessions it pins; the services below ask it who unlocked only when called.
  let locker: LockService | null = null;
  const unlockedHelperId = () => locker?.unlockedHelper()?.id ?? null;
  const unlockedByPhrase = () => locker?.unlockedByPhrase() ?? false;
  const mandates = createMandatesService({ db, stores, bus, persons, settings, helpers, printer, now, unlockedHelperId, unlockedByPhrase });
  const facts = createFolderFacts(db);
  const folderWitness = createFolderWitness(dataDir, options.key.key);
  // Each rolling copy records itself in the database just before it is made (so a copy put
  // back in place still names itself), and the witness outside the file follows once it is checked.
  let recordedBefore: NewestBackup | null = null;
  const rollingHooks: RollingHooks = {
    before(backup) {
      recordedBefore = facts.newestBackup();
      facts.recordBackup(backup, now().getTime());
    },
    failed() {
      facts.restoreBackupRecord(recordedBefore, now().getTime());
    },
    done(backup, heads) {
      folderWitness.write(backup, heads, now().getTime());
    },
  };
  const backups = createBackupsService(db, dataDir, options.key, () => settings.get().backupsToKeep, () => now().getTime(), rollingHooks);
  // A closed session is a natural checkpoint: copy the database while nothing else is going on.
  const onClosed = () => void backups.create(null, 'session').catch(log);
  const sessions = createSessionsService({ db, stores, bus, persons, settings, mandates, helpers, now, onClosed, unlockedHelperId });
  const lock = createLockService({ store: stores.helpers, helpers, settings, bus, pinnedSessionId: sessions.withRunningCode, now, elapsed: options.elapsed, proveRecoveryPhrase: options.proveRecoveryPhrase });
  locker = lock;
  // Before anything else is written: the start-up check (and the seal's renewal) sees the file as it was found.
  const integrity = createIntegrityReports(db, bus, () => now().getTime(), log, { dataDir, seal, folderWitness });
  // Not run here: it scans every mandate and session (a few hundred ms on a large file), and
  // must wait for the full check anyway (afterStart).
  const retention = createRetention(db, stores, settings, facts, now, log);
  const version = schemaVersion(db);

  const handlers: Handlers = combineHandlers(
    { getAppInfo: () => ({ version: options.version, dataDir, schemaVersion: version }) },
    persons.handlers,
    {
      ...settings.handlers,
      updateSettings(patch: Parameters<typeof settings.update>[0]) {
        const next = settings.update(patch);
        // What Réglages sets is journaled: a shorter period found later in the file alone waits for a confirmation.
        if ('retentionMonths' in patch || 'retentionEnabled' in patch) retention.recordSetting(next);
        return next;
      },
    },
    createWindowService(settings, options.windowControl).handlers,
    mandates.handlers,
    sessions.handlers,
    createFollowupsService({ db, store: stores.followups, persons, mandates, bus }).handlers,
    integrity.handlers,
    createDocumentsService(readOnly(db)).handlers,
    backups.handlers,
    createPersonExportService({ db: readOnly(db), stores, persons, mandates, settings, printer, now }).handlers,
    recoveryHandlers(options.recovery, dataDir, options.key.key),
    keysHandlers(options.keyControl),
    createErasure(db, stores, bus, now, unlockedHelperId, unlockedByPhrase).handlers,
    retention.handlers,
    createHistoryService(readOnly(db), stores.searchIndex, log).handlers,
    helpers.handlers,
    lock.handlers,
  );

  let timer: NodeJS.Timeout | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let closed = false;
  async function afterStart(): Promise<void> {
    const checked = await integrity.checkInBackground();
    if (closed) return;
    const run = retention.runAfterCheck(checked);
    if (run && purgedAnything(run)) bus.emit('retentionRan', run);
  }
  return {
    db,
    bus,
    dispatch: lock.guard(createDispatch(handlers, log)),
    schemaVersion: version,
    settings,
    lock: lock.lock,
    startBackgroundTasks() {
      const daily = () => void backups.dailyIfDue().catch(log);
      daily();
      timer = setInterval(daily, 60 * 60 * 1000);
      timer.unref();
      void afterStart();
      idleTimer = setInterval(lock.tick, 1000);
      idleTimer.unref();
    },
    afterStart,
    close: () => {
      closed = true;
      if (timer) clearInterval(timer);
      if (idleTimer) clearInterval(idleTimer);
      sessions.close();
      integrity.stop();
      db.close();
    },
  };
}

