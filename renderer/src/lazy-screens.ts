import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Screens loaded on first use. The first chunk holds only what the helper meets at start: the
 * persons list, a person's file and the session panel. Everything else (mandate forms with the
 * signature pad and zod, settings, history, printing, the dossier, the recovery screen) comes
 * from the local app files when first opened.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each screen keeps its own props type through M[K]
function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

export const SettingsScreen = lazyNamed(() => import('./screens/SettingsScreen'), 'SettingsScreen');
export const HistoryScreen = lazyNamed(() => import('./screens/history/HistoryScreen'), 'HistoryScreen');
export const TimelineScreen = lazyNamed(() => import('./screens/history/TimelineScreen'), 'TimelineScreen');
export const MandateScreen = lazyNamed(() => import('./screens/mandates/MandateScreen'), 'MandateScreen');
export const SignScreen = lazyNamed(() => import('./screens/mandates/SignScreen'), 'SignScreen');
export const RevokeScreen = lazyNamed(() => import('./screens/mandates/RevokeScreen'), 'RevokeScreen');
export const RehearsalScreen = lazyNamed(() => import('./screens/mandates/RehearsalScreen'), 'RehearsalScreen');
export const PrintScreen = lazyNamed(() => import('./screens/PrintScreen'), 'PrintScreen');
export const DossierScreen = lazyNamed(() => import('./screens/export/DossierScreen'), 'DossierScreen');
export const RecoveryScreen = lazyNamed(() => import('./screens/RecoveryScreen'), 'RecoveryScreen');
export const SetupScreen = lazyNamed(() => import('./screens/keys/SetupScreen'), 'SetupScreen');
export const UnlockScreen = lazyNamed(() => import('./screens/keys/UnlockScreen'), 'UnlockScreen');
export const EncryptingScreen = lazyNamed(() => import('./screens/keys/EncryptingScreen'), 'EncryptingScreen');
