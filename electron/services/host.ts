import { mkdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { methodNames } from '../../shared/ipc/contract';
import { frenchText } from '../../shared/messages/format';
import { msg } from '../../shared/messages/message';
import type { RestoreResult, StartupState } from '../../shared/records/recovery';
import { stamp } from './backups';
import { createAppServices, type AppServices, type AppServicesOptions } from './app';
import { DB_FILE_NAME } from './db/open';
import { createDispatch, type Dispatch } from './dispatch';
import { AppError } from './errors';
import { EventBus } from './event-bus';
import type { Handlers } from './handler-map';
import { damageReason, probeLiveDatabase, type Damage } from './recovery-probe';
import { recoveryHandlers, type RecoveryControl } from './recovery';
import { checkBackupFile, restoreCandidates } from './restore-check';
import { copyDatabase, copyFileSynced, moveAside, moveBack, putInPlace, tempNameFor } from './restore-files';

export type HostOptions = Omit<AppServicesOptions, 'bus' | 'recovery'>;

export interface ServicesHost {
  /** Stable across restores: transports register it once. */
  dispatch: Dispatch;
  /** Stable across restores: events of the services opened after a restore still reach the transports. */
  bus: EventBus;
  state(): StartupState;
  /** The open services; null while in recovery. */
  current(): AppServices | null;
  restore(path: string): Promise<RestoreResult>;
  startBackgroundTasks(): void;
  close(): void;
}

const UNAVAILABLE = 'recovery.notOpen';

/**
 * Holds the services so they can be closed and reopened on another database file (a
 * restore) behind one dispatch and one event bus. When the live database cannot be
 * opened at start, the host stays in recovery: only the recovery calls answer, and
 * nothing creates a new empty database unless the helper asks for it.
 */
export function createServicesHost(options: HostOptions): ServicesHost {
  const bus = new EventBus();
  const log = options.log ?? ((e: unknown) => console.error(e));
  const now = () => (options.now ? options.now() : new Date()).getTime();
  const live = join(options.dataDir, DB_FILE_NAME);
  let services: AppServices | null = null;
  let damage: Damage | null = null;
  let background = false;
  let busy = false;

  const control: RecoveryControl = {
    state: () => (damage ? { status: 'recovery', reason: damage.reason, damagedPath: damage.damagedPath } : { status: 'ready', reason: null, damagedPath: null }),
    candidates: () => restoreCandidates(options.dataDir),
    restore: (path) => restore(path),
    startEmpty,
  };

  /** `restored`: the file was just put in place from a copy, recorded so backups older than it are not compared with it. */
  function open(restored?: { source: string }) {
    services = createAppServices({ ...options, bus, recovery: control, ...(restored ? { restored: { at: now(), source: restored.source } } : {}) });
    if (background) services.startBackgroundTasks();
  }

  function closeServices() {
    const s = services;
    services = null;
    s?.close();
  }

  mkdirSync(options.dataDir, { recursive: true });
  damage = probeLiveDatabase(options.dataDir);
  if (!damage) {
    try {
      open();
    } catch (error) {
      const reason = damageReason(error);
      if (!reason) throw error;
      damage = { reason, damagedPath: live };
    }
  }
  if (damage) log(new Error(`Recovery mode: ${frenchText(damage.reason)}`));

  // In recovery every call but the recovery ones says the data is unavailable, still through
  // the contract's validation so malformed input gets the usual answer.
  const unavailable = () => {
    throw new AppError('unavailable', UNAVAILABLE);
  };
  const unavailableHandlers = Object.fromEntries(methodNames.map((name) => [name, unavailable])) as unknown as Handlers;
  const recoveryDispatch = createDispatch({ ...unavailableHandlers, ...recoveryHandlers(control, options.dataDir) }, log);

  function guard<T>(run: () => Promise<T>): Promise<T> {
    if (busy) return Promise.reject(new AppError('conflict', 'restore.inProgress'));
    busy = true;
    return run().finally(() => (busy = false));
  }

  function restore(path: string): Promise<RestoreResult> {
    return guard(async () => {
      if (!isAbsolute(path)) throw new AppError('invalid_input', 'restore.pathNotAbsolute', undefined, { path: msg('restore.fullPathExpected') });
      if (resolve(path) === resolve(live)) throw new AppError('invalid_input', 'restore.liveFile');
      // Nothing is touched until the file has passed every check.
      const check = checkBackupFile(path);
      if (check.problem) throw new AppError('invalid_input', check.problem);
      const at = stamp(now());
      const prepared = tempNameFor(live, at);
      try {
        await copyDatabase(path, prepared);
      } catch (error) {
        rmSync(prepared, { force: true });
        throw error;
      }
      try {
        return services ? await replaceLive(path, prepared, at, check.schemaVersion) : recoverWith(path, prepared, at);
      } finally {
        rmSync(prepared, { force: true });
      }
    });
  }

  /** Ready: a checked copy of the live database goes to replaced/ first, then the swap. */
  async function replaceLive(source: string, prepared: string, at: string, version: number): Promise<RestoreResult> {
    const previous = join(options.dataDir, 'replaced', `binome-before-restore-${at}.sqlite`);
    mkdirSync(join(options.dataDir, 'replaced'), { recursive: true });
    try {
      // Last await before the swap: once it resolves, the rest runs without yielding, so no
      // write can land in the live database after this copy was taken.
      await services!.db.backup(previous);
      const copy = checkBackupFile(previous);
      if (copy.integrity !== 'ok') throw new AppError('storage', 'restore.currentCopyUnchecked');
    } catch (error) {
      rmSync(previous, { force: true });
      throw error;
    }
    closeServices();
    try {
      putInPlace(prepared, live);
      open({ source });
    } catch (error) {
      log(error);
      // The backup would not open: the database from just before goes back, untouched.
      closeServices();
      try {
        const back = tempNameFor(live, `${at}-back`);
        copyFileSynced(previous, back);
        putInPlace(back, live);
        open();
      } catch (again) {
        log(again);
        damage = { reason: msg('recovery.reopenFailed', { previous }), damagedPath: live };
      }
      throw new AppError('storage', 'restore.rolledBack');
    }
    return { restoredFrom: source, previousCopy: previous, damagedMovedTo: null, schemaVersion: Math.max(version, services!.schemaVersion) };
  }

  /** Recovery: the damaged file is moved to damaged/ (kept), the backup goes in its place. */
  function recoverWith(source: string, prepared: string, at: string): RestoreResult {
    const moved = moveAside(live, join(options.dataDir, 'damaged'), `binome-damaged-${at}.sqlite`);
    try {
      putInPlace(prepared, live);
      open({ source });
    } catch (error) {
      log(error);
      closeServices();
      rmSync(live, { force: true });
      if (moved) moveBack(moved, live);
      throw new AppError('storage', 'restore.openFailed');
    }
    damage = null;
    return { restoredFrom: source, previousCopy: null, damagedMovedTo: moved, schemaVersion: services!.schemaVersion };
  }

  function startEmpty(): { damagedMovedTo: string | null } {
    if (!damage) throw new AppError('conflict', 'restore.alreadyOpen');
    if (busy) throw new AppError('conflict', 'restore.inProgress');
    const moved = moveAside(live, join(options.dataDir, 'damaged'), `binome-damaged-${stamp(now())}.sqlite`);
    try {
      open();
    } catch (error) {
      log(error);
      closeServices();
      rmSync(live, { force: true });
      if (moved) moveBack(moved, live);
      throw new AppError('storage', 'restore.startEmptyFailed');
    }
    damage = null;
    return { damagedMovedTo: moved };
  }

  return {
    bus,
    dispatch: (name, input) => {
      if (services) return services.dispatch(name, input);
      return recoveryDispatch(name, input);
    },
    state: () => control.state(),
    current: () => services,
    restore,
    startBackgroundTasks() {
      background = true;
      services?.startBackgroundTasks();
    },
    close() {
      background = false;
      closeServices();
    },
  };
}
