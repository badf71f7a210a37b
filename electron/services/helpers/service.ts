import type { HelperList, HelperProfile, helpersCalls } from '../../../shared/helpers/calls';
import type { SessionHelper } from '../../../shared/session/session-events';
import { foldForSearch } from '../../../shared/text/normalize';
import type { WritableDB } from '../db/types';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import { newId } from '../ids';
import type { SessionStore } from '../sessions/session-store';
import type { SettingsService } from '../settings';
import type { HelperStore } from './store';

export interface HelpersDeps {
  db: WritableDB;
  store: HelperStore;
  sessions: SessionStore;
  settings: SettingsService;
  bus: EventBus;
  now?: () => Date;
}

/**
 * Helper profiles, managed in Réglages: added, renamed, retired (and put back), deleted only while
 * they never held a session nor signed. Sessions and signatures ask this service who the helper is,
 * so a retired profile cannot be chosen again by mistake.
 */
export function createHelpersService({ db, store, sessions, settings, bus, now = () => new Date() }: HelpersDeps) {
  const clock = () => now().getTime();
  const changed = <T>(value: T): T => {
    bus.emit('helpersChanged', {});
    return value;
  };

  function get(id: string): HelperProfile {
    const found = store.get(id);
    if (!found) throw new AppError('not_found', 'helpers.notFound');
    return found;
  }

  /** A profile that may help today: it exists and is not retired. */
  function active(id: string): HelperProfile {
    const found = get(id);
    if (found.retiredAt !== null) throw new AppError('conflict', 'helpers.retired');
    return found;
  }

  function list(): HelperList {
    const helpers = store.all();
    const inService = helpers.filter((h) => h.retiredAt === null);
    // The last used one; a single profile is the obvious one; among several never used, the helper chooses.
    const last = inService.find((h) => h.lastUsedAt !== null) ?? (inService.length === 1 ? inService[0] : undefined);
    return { helpers, lastUsedId: last?.id ?? null };
  }

  /** Two profiles with one name would make the history's filter and the record ambiguous. */
  function refuseTakenName(displayName: string, except?: string) {
    const key = foldForSearch(displayName);
    const other = store.all().find((h) => h.id !== except && foldForSearch(h.displayName) === key);
    if (other) throw new AppError('conflict', 'helpers.nameTaken', { name: other.displayName });
  }

  const write = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const tx = db.transaction(fn);
    return (...args: A): R => tx.immediate(...args);
  };

  const add = write((displayName: string, quickAssistName: string): HelperProfile => {
    refuseTakenName(displayName);
    const id = newId();
    store.insert({ id, displayName, quickAssistName, createdAt: clock() });
    return get(id);
  });

  const update = write((id: string, displayName: string, quickAssistName: string): HelperProfile => {
    get(id);
    refuseTakenName(displayName, id);
    store.update(id, { displayName, quickAssistName });
    return get(id);
  });

  const retire = write((id: string, retired: boolean): HelperProfile => {
    const found = get(id);
    if (!retired && found.retiredAt === null) throw new AppError('conflict', 'helpers.notRetired');
    if (retired && found.retiredAt !== null) return found;
    store.setRetired(id, retired ? clock() : null);
    return get(id);
  });

  const remove = write((id: string) => {
    if (get(id).used) throw new AppError('conflict', 'helpers.inUse');
    store.remove(id);
  });

  /**
   * The upgrade from one `helperName` setting to profiles: on the first start with an empty table,
   * that name becomes the first profile, the sessions written under it point at it, and the setting
   * is emptied (so a profile deleted later does not come back). Nothing to do otherwise.
   */
  const importTx = write((name: string): string | null => {
    if (store.count() > 0) return null;
    const id = newId();
    store.insert({ id, displayName: name, quickAssistName: '', createdAt: clock() });
    sessions.linkHelper(name, id);
    return id;
  });
  function importLegacyName(): void {
    const name = settings.get().helperName.trim();
    if (name === '') return;
    const created = importTx(name);
    settings.update({ helperName: '' });
    if (created) bus.emit('helpersChanged', {});
  }

  /** What a session or a signature records of its helper: the profile and its names now. */
  function asSessionHelper(id: string): SessionHelper {
    const h = active(id);
    return { id: h.id, name: h.displayName, quickAssistName: h.quickAssistName };
  }

  /** The helper preparation offers first, or null (no profile, or several never used). */
  function lastUsed(): SessionHelper | null {
    const id = list().lastUsedId;
    return id ? asSessionHelper(id) : null;
  }

  const handlers: HandlersFor<typeof helpersCalls> = {
    listHelpers: () => list(),
    addHelper: ({ displayName, quickAssistName }) => changed(add(displayName, quickAssistName)),
    updateHelper: ({ id, displayName, quickAssistName }) => changed(update(id, displayName, quickAssistName)),
    retireHelper: ({ id }) => changed(retire(id, true)),
    restoreHelper: ({ id }) => changed(retire(id, false)),
    deleteHelper({ id }) {
      remove(id);
      return changed({ deleted: true as const });
    },
  };

  return {
    handlers,
    get,
    importLegacyName,
    asSessionHelper,
    lastUsed,
    /** Called inside the caller's transaction when a session or a signature names the helper. */
    markUsed: (id: string) => store.touch(id, clock()),
  };
}

export type HelpersService = ReturnType<typeof createHelpersService>;
