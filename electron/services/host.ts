import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { methodNames } from '../../shared/ipc/contract';
import type { NewPhrase } from '../../shared/keys/calls';
import { frenchText } from '../../shared/messages/format';
import { day, msg, type Message } from '../../shared/messages/message';
import type { EncryptionProgress, RestoreResult, StartupState } from '../../shared/records/recovery';
import { createAppServices, type AppServices, type AppServicesOptions } from './app';
import { rollingBackups, stamp } from './backups';
import { isPlainDatabase } from './db/connection';
import { DB_FILE_NAME } from './db/open';
import { createDispatch, type Dispatch } from './dispatch';
import { encryptInPlace, liveNeedsEncryption, needsEncryption, type EncryptPhase } from './encryption/encrypt-in-place';
import { AppError } from './errors';
import { EventBus } from './event-bus';
import type { Handlers } from './handler-map';
import { keyIdOf, type DataKey } from './keys/data-key';
import { keyFilePath, readBackupKeyFile, writeBackupKeyFile, type KeyFile } from './keys/key-file';
import { hasEncryptedData, localDay, recoverFromBackups, setKeyFileAside, spareBoxes, type Recovered } from './keys/key-recovery';
import type { KeyControl } from './keys/handlers';
import type { KeyProvider } from './keys/key-provider';
import type { ScryptCost } from './keys/phrase-wrap';
import { newRecoveryPhrase, PHRASE_BITS, PHRASE_WORDS, parsePhrase, phraseText, sameWord } from './keys/recovery-phrase';
import { adoptKey, createKey, openPhraseBox, readKeyFile, rewrapPhrase, unlockWithOs, unlockWithPhrase, type Unlocked } from './keys/vault';
import { damageReason, probeLiveDatabase, type Damage } from './recovery-probe';
import { recoveryHandlers, type RecoveryControl } from './recovery';
import { checkBackupFile, restoreCandidates } from './restore-check';
import { removeFolderWitness } from './records/folder-witness';
import { copyDatabase, copyFileSynced, copyLiveDatabase, moveAside, moveBack, putInPlace, tempNameFor } from './restore-files';

export type HostOptions = Omit<AppServicesOptions, 'bus' | 'recovery' | 'key' | 'keyControl' | 'proveRecoveryPhrase'> & {
  /** How this entry point reaches the data key (Electron: the system, then the phrase; browser mode: the phrase). */
  keys: KeyProvider;
  /** scrypt's cost for the phrase wraps this host writes (recorded in the key file; tests lower it). */
  scryptCost?: ScryptCost;
};

export interface ServicesHost {
  /** Stable across restores: transports register it once. */
  dispatch: Dispatch;
  /** Stable across restores: events of the services opened after a restore still reach the transports. */
  bus: EventBus;
  state(): StartupState;
  /** The open services; null until the data is open, and while in recovery. */
  current(): AppServices | null;
  /**
   * Opens the data folder as far as it can without the helper: the system's key or the launch
   * phrase, then any in-place encryption, then the data. Resolves once the state is known
   * (`encrypting` included: the encryption goes on, `settled()` says when it is over).
   */
  start(): Promise<StartupState>;
  /** Resolves when no encryption is running any more. */
  settled(): Promise<StartupState>;
  restore(path: string, phrase?: string | null): Promise<RestoreResult>;
  startBackgroundTasks(): void;
  close(): void;
}

const UNAVAILABLE = 'recovery.notOpen';

type Status = StartupState['status'];
const PHASE_SHARE: Record<EncryptPhase, [number, number]> = { copy: [0, 0.7], verify: [0.7, 0.9], erase: [0.9, 1] };

/** A phrase being shown, waiting for two of its words to come back. */
interface Pending {
  purpose: 'setup' | 'change';
  words: string[];
  confirm: [number, number];
}

function parsedOrThrow(input: string): string {
  const parsed = parsePhrase(input);
  if (parsed.ok) return parsed.text;
  if (parsed.reason === 'count') throw new AppError('invalid_input', 'keys.phraseWordCount', { expected: PHRASE_WORDS, count: parsed.count });
  throw new AppError('invalid_input', 'keys.phraseUnknownWords', { positions: parsed.positions.join(', ') });
}

function twoPositions(): [number, number] {
  const first = 1 + Math.floor(Math.random() * PHRASE_WORDS);
  let second = first;
  while (second === first) second = 1 + Math.floor(Math.random() * PHRASE_WORDS);
  return first < second ? [first, second] : [second, first];
}

/** Every database file of the folder that an older version left in clear: the live one, the backups, the copies kept before a restore. */
function databaseFiles(dataDir: string): string[] {
  const replaced = join(dataDir, 'replaced');
  let kept: string[] = [];
  try {
    kept = readdirSync(replaced)
      .filter((n) => n.endsWith('.sqlite'))
      .map((n) => join(replaced, n));
  } catch {
    // No copies kept yet.
  }
  return [join(dataDir, DB_FILE_NAME), ...rollingBackups(dataDir).map((b) => b.path), ...kept];
}

/**
 * Holds the services so they can be closed and reopened on another database file (a
 * restore) behind one dispatch and one event bus, and opens the data folder with its key.
 * Before the data is open (set-up, locked, encrypting) or when it cannot be opened
 * (recovery), only the calls of those screens answer, and nothing creates a new empty
 * database unless the helper asks for it.
 */
export function createServicesHost(options: HostOptions): ServicesHost {
  const bus = new EventBus();
  const log = options.log ?? ((e: unknown) => console.error(e));
  const now = () => (options.now ? options.now() : new Date());
  const live = join(options.dataDir, DB_FILE_NAME);
  const { dataDir } = options;
  let services: AppServices | null = null;
  let unlocked: Unlocked | null = null;
  let status: Status = 'locked';
  let damage: Damage | null = null;
  let progress: EncryptionProgress | null = null;
  let pending: Pending | null = null;
  let background = false;
  let busy = false;
  let settledWaiters: (() => void)[] = [];
  /** The key file is why the data is not open (gone, unreadable): the screens say so. */
  let keyFileProblem: 'missing' | 'invalid' | null = null;
  /** A backup's key the phrase opened, which does not open the live file: it opens the backups for a restore. */
  let spare: Extract<Recovered, { kind: 'noMatch' }> | null = null;
  let notice: Message | null = null;

  const state = (): StartupState => ({
    status,
    plainData: status === 'setup' && existsSync(live) && statSync(live).size > 0 && isPlainDatabase(live),
    progress,
    reason: damage?.reason ?? null,
    damagedPath: damage?.damagedPath ?? null,
    keyFile: keyFileProblem,
    notice,
  });

  const announce = () => bus.emit('startupChanged', state());

  const folderKey = () => {
    const u = unlocked!;
    return { key: u.key, file: () => unlocked!.file };
  };

  const control: RecoveryControl = {
    state,
    candidates: () => restoreCandidates(dataDir, unlocked?.key ?? spare?.key ?? null),
    restore: (path, phrase) => restore(path, phrase),
    startEmpty,
  };

  /** `restored`: the file was just put in place from a copy, recorded so backups older than it are not compared with it. */
  function open(restored?: { source: string }) {
    services = createAppServices({ ...options, key: folderKey(), bus, recovery: control, keyControl, proveRecoveryPhrase, ...(restored ? { restored: { at: now().getTime(), source: restored.source } } : {}) });
    if (background) services.startBackgroundTasks();
  }

  function closeServices() {
    const s = services;
    services = null;
    s?.close();
  }

  /** With the key in hand: encryption left to do, then the usual probe and open. */
  async function openData(): Promise<void> {
    const files = databaseFiles(dataDir).filter((f) => (f === live ? liveNeedsEncryption(f, unlocked!.key) : needsEncryption(f)));
    if (files.length > 0) {
      status = 'encrypting';
      progress = { phase: 'copy', fraction: 0 };
      announce();
      void encryptAll(files).finally(() => {
        const waiters = settledWaiters;
        settledWaiters = [];
        for (const w of waiters) w();
      });
      return;
    }
    openProbed();
  }

  function openProbed() {
    damage = probeLiveDatabase(dataDir, unlocked!.key);
    if (!damage) {
      try {
        open();
      } catch (error) {
        const reason = damageReason(error);
        if (!reason) throw error;
        damage = { reason, damagedPath: live };
      }
    }
    status = damage ? 'recovery' : 'ready';
    if (damage) log(new Error(`Recovery mode: ${frenchText(damage.reason)}`));
    announce();
  }

  /**
   * The database and every plain backup, one file after the other (encrypt-in-place.ts: a kill
   * at any moment is finished by the next start). The bar follows the files' sizes.
   */
  async function encryptAll(files: string[]) {
    const sizes = files.map((f) => (existsSync(f) ? statSync(f).size : 0) + 1);
    const total = sizes.reduce((a, b) => a + b, 0);
    let before = 0;
    let lastSent = 0;
    try {
      for (const [i, file] of files.entries()) {
        const share = sizes[i]! / total;
        await encryptInPlace(file, unlocked!.key, (phase, fraction) => {
          const [from, to] = PHASE_SHARE[phase];
          progress = { phase, fraction: Math.min(1, before + share * (from + (to - from) * fraction)) };
          const t = Date.now();
          if (t - lastSent > 100) {
            lastSent = t;
            announce();
          }
        });
        // A backup carries what opens it with the phrase, like every copy made from now on.
        if (file !== live && existsSync(file)) writeBackupKeyFile(file, unlocked!.file);
        before += share;
      }
      progress = null;
      openProbed();
    } catch (error) {
      log(error);
      progress = null;
      damage = { reason: msg('keys.encryptFailed'), damagedPath: null };
      status = 'recovery';
      announce();
    }
  }

  /**
   * The phrase did not open the key file, or there is no usable one: the backups' key files may
   * (keys/key-recovery.ts). With a valid key file, only one of another key is replaced (it is not
   * this data's); one of the same key that the phrase does not open may be a changed phrase, so
   * it is left as it is and the message names the file. Throws when the phrase opens nothing;
   * 'recovery' when a backup's key opens the backups but not the live file.
   */
  async function openFromBackups(phrase: string, file: KeyFile | null): Promise<'opened' | 'recovery'> {
    const found = await recoverFromBackups(dataDir, spareBoxes(dataDir), phrase);
    const path = keyFilePath(dataDir);
    if (found.kind === 'wrongPhrase') {
      if (file) throw new AppError('invalid_input', 'keys.wrongPhrase');
      throw new AppError('invalid_input', keyFileProblem === 'invalid' ? 'keys.wrongPhraseKeyFileInvalid' : 'keys.wrongPhraseKeyFileMissing', { path });
    }
    const date = day(localDay(found.spare.createdAt));
    if (file && (found.kind === 'noMatch' || keyIdOf(found.key) === file.keyId)) throw new AppError('invalid_input', 'keys.keyFileDoesNotOpen', { path, date });
    if (found.kind === 'noMatch') {
      spare = found;
      status = 'recovery';
      damage = { reason: msg('keys.keyFileNoMatch'), damagedPath: existsSync(live) ? live : null };
      return 'recovery';
    }
    const aside = setKeyFileAside(dataDir, now().getTime());
    unlocked = await adoptKey(dataDir, found.key, found.spare.box, options.keys.os, now());
    notice = aside ? msg('keys.keyFileReplaced', { aside, date }) : msg('keys.keyFileRecreated', { date });
    keyFileProblem = null;
    return 'opened';
  }

  async function start(): Promise<StartupState> {
    mkdirSync(dataDir, { recursive: true });
    const file = readKeyFile(dataDir);
    const launch = options.keys.launchPhrase === null ? null : parsedOrThrow(options.keys.launchPhrase);
    if (file.status === 'invalid' || (file.status === 'missing' && hasEncryptedData(dataDir))) {
      // Never a new key over data an old one opens: the backups' key files give it back, with the phrase.
      keyFileProblem = file.status;
      if (spareBoxes(dataDir).length === 0) {
        status = 'recovery';
        const path = keyFilePath(dataDir);
        damage = { reason: msg(file.status === 'missing' ? 'keys.keyFileMissingNoBackup' : 'keys.keyFileInvalidNoBackup', { path }), damagedPath: null };
        log(new Error(`Recovery mode: ${frenchText(damage.reason)}`));
        return state();
      }
      if (launch === null) {
        status = 'locked';
        return state();
      }
      if ((await openFromBackups(launch, null)) === 'recovery') return state();
    } else if (file.status === 'missing') {
      if (launch === null) {
        status = 'setup';
        return state();
      }
      unlocked = await createKey(dataDir, launch, options.keys.os, now(), options.scryptCost);
    } else {
      unlocked = await unlockWithOs(dataDir, file.value, options.keys.os);
      if (!unlocked && launch !== null) {
        unlocked = await unlockWithPhrase(dataDir, file.value, launch, options.keys.os);
        if (!unlocked) await openFromBackups(launch, file.value);
      }
      if (!unlocked) {
        status = 'locked';
        return state();
      }
    }
    await openData();
    return state();
  }

  // ——— The phrase: set-up, unlock, change ———

  function newPending(purpose: Pending['purpose']): NewPhrase {
    const words = newRecoveryPhrase();
    const confirm = twoPositions();
    pending = { purpose, words, confirm };
    return { words, confirm };
  }

  function checkConfirmation(purpose: Pending['purpose'], typed: string[]): string[] {
    if (!pending || pending.purpose !== purpose) throw new AppError('conflict', 'keys.noPendingPhrase');
    const [a, b] = pending.confirm;
    if (!sameWord(typed[0] ?? '', pending.words[a - 1]!) || !sameWord(typed[1] ?? '', pending.words[b - 1]!)) {
      throw new AppError('invalid_input', 'keys.confirmMismatch', { first: a, second: b });
    }
    const words = pending.words;
    pending = null;
    return words;
  }

  /**
   * The association's phrase proved against this folder's phrase-wrapped key: the one check for
   * changing the phrase and for the lock's way back in when every PIN is forgotten.
   */
  async function proveRecoveryPhrase(phrase: string): Promise<void> {
    if (!unlocked) throw new AppError('unavailable', 'keys.notOpen');
    const key = await openPhraseBox(unlocked.file.phrase, unlocked.file.keyId, parsedOrThrow(phrase));
    if (!key) throw new AppError('invalid_input', 'keys.wrongPhrase');
  }

  const keyInfo = () => {
    const u = unlocked!;
    return { openedWith: u.by, osProtected: u.file.os !== null, phraseSetAt: u.file.phraseSetAt, phraseWords: PHRASE_WORDS, phraseBits: PHRASE_BITS };
  };

  const keyControl: KeyControl = {
    beginKeySetup() {
      if (status !== 'setup') throw new AppError('conflict', 'keys.notInSetup');
      return newPending('setup');
    },
    async confirmKeySetup({ words }) {
      if (status !== 'setup') throw new AppError('conflict', 'keys.notInSetup');
      const chosen = checkConfirmation('setup', words);
      unlocked = await createKey(dataDir, phraseText(chosen), options.keys.os, now(), options.scryptCost);
      await openData();
      return { done: true as const };
    },
    async unlockWithPhrase({ phrase }) {
      if (status !== 'locked') throw new AppError('conflict', 'keys.notLocked');
      const text = parsedOrThrow(phrase);
      const file = readKeyFile(dataDir);
      const opened = file.status === 'ok' ? await unlockWithPhrase(dataDir, file.value, text, options.keys.os) : null;
      if (opened) unlocked = opened;
      else if ((await openFromBackups(text, file.status === 'ok' ? file.value : null)) === 'recovery') {
        announce();
        return { done: true as const };
      }
      await openData();
      return { done: true as const };
    },
    getKeyInfo() {
      if (!unlocked) throw new AppError('unavailable', 'keys.notOpen');
      return keyInfo();
    },
    async beginPhraseChange({ currentPhrase }) {
      if (!unlocked || status !== 'ready') throw new AppError('unavailable', 'keys.notOpen');
      // Opened by this computer's system: its account is the proof (the phrase may be the lost thing).
      if (unlocked.by !== 'os') {
        if (currentPhrase === null) throw new AppError('invalid_input', 'keys.currentPhraseRequired');
        await proveRecoveryPhrase(currentPhrase);
      }
      return newPending('change');
    },
    async confirmPhraseChange({ words }) {
      if (!unlocked || status !== 'ready') throw new AppError('unavailable', 'keys.notOpen');
      const chosen = checkConfirmation('change', words);
      unlocked = await rewrapPhrase(dataDir, unlocked, phraseText(chosen), now(), options.scryptCost);
      // The rolling copies follow the new phrase; copies already on a USB key keep the old one.
      for (const b of rollingBackups(dataDir)) writeBackupKeyFile(b.path, unlocked.file);
      return keyInfo();
    },
  };

  // In any state but ready, every call but those of the first screens says the data is unavailable,
  // still through the contract's validation so malformed input gets the usual answer.
  const unavailable = () => {
    throw new AppError('unavailable', status === 'recovery' ? UNAVAILABLE : 'keys.notOpen');
  };
  const unavailableHandlers = Object.fromEntries(methodNames.map((name) => [name, unavailable])) as unknown as Handlers;
  const recovery = recoveryHandlers(control, dataDir, null);
  const closedDispatch = createDispatch(
    {
      ...unavailableHandlers,
      ...keyControl,
      getStartupState: recovery.getStartupState,
      // Restoring needs the key (recovery), or a fresh folder (set-up: a backup from another laptop).
      listRestoreCandidates: (input, caller) => (status === 'recovery' ? recovery.listRestoreCandidates(input, caller) : []),
      restoreBackup: (input, caller) => (status === 'recovery' || status === 'setup' ? recovery.restoreBackup(input, caller) : unavailable()),
      startEmpty: (input, caller) => (status === 'recovery' ? recovery.startEmpty(input, caller) : unavailable()),
    },
    log,
  );

  function guard<T>(run: () => Promise<T>): Promise<T> {
    if (busy) return Promise.reject(new AppError('conflict', 'restore.inProgress'));
    busy = true;
    return run().finally(() => (busy = false));
  }

  /**
   * The key a backup is encrypted with: null for an older version's plain copy; this folder's key
   * when the copy's key file names it (or has none: a copy of this folder moved without it); else
   * the key its key file holds, opened with the phrase of the association that made it.
   */
  async function sourceKeyOf(path: string, phrase: string | null): Promise<{ key: DataKey | null; box: ReturnType<typeof readBackupKeyFile> }> {
    const box = readBackupKeyFile(path);
    if (existsSync(path) && statSync(path).isFile() && isPlainDatabase(path)) return { key: null, box };
    if (unlocked && (box.status !== 'ok' || box.value.keyId === unlocked.file.keyId)) return { key: unlocked.key, box };
    // No key file, but the phrase already opened the backups' key (recovery, keyFileNoMatch).
    if (!unlocked && spare && box.status === 'ok' && box.value.keyId === spare.spare.keyId) return { key: spare.key, box };
    if (box.status !== 'ok') throw new AppError('invalid_input', 'restore.keyFileMissing');
    if (phrase === null || phrase.trim() === '') throw new AppError('invalid_input', 'restore.phraseNeeded');
    const key = await openPhraseBox(box.value.phrase, box.value.keyId, parsedOrThrow(phrase));
    if (!key) throw new AppError('invalid_input', 'keys.wrongPhrase');
    return { key, box };
  }

  function restore(path: string, phrase: string | null = null): Promise<RestoreResult> {
    return guard(async () => {
      if (!isAbsolute(path)) throw new AppError('invalid_input', 'restore.pathNotAbsolute', undefined, { path: msg('restore.fullPathExpected') });
      if (resolve(path) === resolve(live)) throw new AppError('invalid_input', 'restore.liveFile');
      if (status === 'setup' && existsSync(live) && statSync(live).size > 0) throw new AppError('conflict', 'restore.setupFirst');
      // Nothing is touched until the file has passed every check, the phrase included.
      const check0 = checkBackupFile(path, null);
      if (check0.problem === 'restore.fileNotFound' || check0.problem === 'restore.notAFile') throw new AppError('invalid_input', check0.problem);
      const source = await sourceKeyOf(path, phrase);
      if (!unlocked && source.key === null) throw new AppError('conflict', 'restore.setupFirst');
      const check = checkBackupFile(path, source.key);
      if (check.problem) throw new AppError('invalid_input', check.problem);
      const at = stamp(now().getTime());
      const prepared = tempNameFor(live, at);
      try {
        if (!unlocked) {
          // A fresh folder (or one whose key file is lost) takes the backup's key, with the
          // backup's phrase: the same phrase opens both. A key file that was unusable is kept aside.
          const box = source.box.status === 'ok' ? source.box.value.phrase : null;
          if (!box) throw new AppError('invalid_input', 'restore.keyFileMissing');
          copyFileSynced(path, prepared);
          setKeyFileAside(dataDir, now().getTime());
          unlocked = await adoptKey(dataDir, source.key!, box, options.keys.os, now());
          keyFileProblem = null;
          spare = null;
          return recoverWith(path, prepared, at);
        }
        await copyDatabase(path, source.key, prepared, unlocked!.key);
        return services ? await replaceLive(path, prepared, at, check.schemaVersion) : recoverWith(path, prepared, at);
      } finally {
        rmSync(prepared, { force: true });
      }
    });
  }

  /** Ready: a checked copy of the live database goes to replaced/ first, then the swap. */
  async function replaceLive(source: string, prepared: string, at: string, version: number): Promise<RestoreResult> {
    const previous = join(dataDir, 'replaced', `binome-before-restore-${at}.sqlite`);
    mkdirSync(join(dataDir, 'replaced'), { recursive: true });
    try {
      // Nothing awaits between this copy and the swap: no write can land in the live database after it.
      copyLiveDatabase(services!.db, live, previous);
      const copy = checkBackupFile(previous, unlocked!.key);
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
        status = 'recovery';
      }
      throw new AppError('storage', 'restore.rolledBack');
    }
    return { restoredFrom: source, previousCopy: previous, damagedMovedTo: null, schemaVersion: Math.max(version, services!.schemaVersion) };
  }

  /** Recovery (or a fresh folder): a damaged file is moved to damaged/ (kept), the backup goes in its place. */
  function recoverWith(source: string, prepared: string, at: string): RestoreResult {
    const moved = moveAside(live, join(dataDir, 'damaged'), `binome-damaged-${at}.sqlite`);
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
    status = 'ready';
    announce();
    return { restoredFrom: source, previousCopy: null, damagedMovedTo: moved, schemaVersion: services!.schemaVersion };
  }

  function startEmpty(): { damagedMovedTo: string | null } {
    if (status !== 'recovery') throw new AppError('conflict', 'restore.alreadyOpen');
    // Empty data needs a key, and a new key needs a new phrase: never made over files an old key opens.
    if (!unlocked) throw new AppError('conflict', 'keys.startEmptyNeedsKey', { dir: dataDir });
    if (busy) throw new AppError('conflict', 'restore.inProgress');
    const moved = moveAside(live, join(dataDir, 'damaged'), `binome-damaged-${stamp(now().getTime())}.sqlite`);
    // The folder witness vouched for the data moved aside, not for the empty data that follows.
    removeFolderWitness(dataDir);
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
    status = 'ready';
    announce();
    return { damagedMovedTo: moved };
  }

  return {
    bus,
    dispatch: (name, input, caller) => {
      if (services) return services.dispatch(name, input, caller);
      return closedDispatch(name, input, caller);
    },
    state,
    current: () => services,
    start,
    settled: () => (status === 'encrypting' ? new Promise<void>((r) => settledWaiters.push(r)).then(state) : Promise.resolve(state())),
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

/** Creates the host and opens the folder, waiting for any in-place encryption: tools and tests. */
export async function openServicesHost(options: HostOptions): Promise<ServicesHost> {
  const host = createServicesHost(options);
  await host.start();
  await host.settled();
  return host;
}
