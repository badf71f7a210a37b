import type { StartupState } from '../../../shared/records/recovery';
import { setLanguage } from '../i18n';
import { useLockStore } from './lock-store';
import { usePersonsStore } from './persons-store';
import { useSessionStore } from './session-store';
import { useSettingsStore } from './settings-store';
import { beginStartupReads, type HeardEvent } from './startup-reads';

export type Start = { kind: 'no-bridge' } | { kind: 'recovery'; state: StartupState } | { kind: 'app' };

/** What each store does with a main-process event. */
function follow(event: HeardEvent): void {
  if (event.name === 'settingsChanged') useSettingsStore.getState().receive(event.payload);
  // A purge after the first screen (retention) may have removed persons from the list.
  else if (event.name === 'personsChanged' || event.name === 'retentionRan') void usePersonsStore.getState().load();
  else if (event.name === 'lockChanged') void useLockStore.getState().load();
  else {
    void useSessionStore.getState().changed(event.payload.sessionId);
    // A code that ends or a session that closes changes what the lock screen may keep in sight.
    if (useLockStore.getState().state?.locked) void useLockStore.getState().load();
  }
}

/**
 * Everything the first screen needs, before the first paint: the start-up reads (already on
 * their way, see startup-reads.ts) fill the stores, the app reopens on a session left open,
 * the stores follow the main process's events, and the UI is in the helper's language.
 */
export async function startApp(): Promise<Start> {
  const reads = await beginStartupReads();
  if (!reads) return { kind: 'no-bridge' };
  const [startup] = await Promise.all([reads.startup, useSettingsStore.getState().load(reads.settings), useLockStore.getState().load(reads.lock), useSessionStore.getState().resume(reads.openSession)]);
  // Heard while the reads were answered: applied now, on top of what they answered.
  for (const event of reads.handOver(follow)) follow(event);
  // The compact panel is laid out from the first paint (App.tsx keeps it in step afterwards).
  document.documentElement.dataset.layout = useSettingsStore.getState().settings.compactMode ? 'panel' : 'full';
  // Should the English catalogue fail to load, the app stays in French rather than not starting.
  await setLanguage(useSettingsStore.getState().settings.language).catch(() => undefined);
  // The data is not open (first start, locked, being encrypted, or damaged): only that screen.
  if (startup.ok && startup.value.status !== 'ready') return { kind: 'recovery', state: startup.value };
  return { kind: 'app' };
}
