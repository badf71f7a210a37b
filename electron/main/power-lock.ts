/**
 * The system going to sleep or locking its screen locks Binôme too (issue 16 §2). Electron's
 * powerMonitor emits 'suspend' (Windows, macOS, Linux) and 'lock-screen' (Windows, macOS); it
 * may only be used once the app is ready. Kept to this one function, which takes anything with
 * `on`, so that it is tested with a plain emitter (the Electron binary does not run here).
 */
export interface PowerEvents {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
}

export type PowerLockReason = 'suspend' | 'lock-screen';

export function lockOnPowerEvents(monitor: PowerEvents, lock: (reason: PowerLockReason) => void): void {
  monitor.on('suspend', () => lock('suspend'));
  monitor.on('lock-screen', () => lock('lock-screen'));
}
