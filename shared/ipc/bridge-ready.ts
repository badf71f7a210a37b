/**
 * Fired on window by browser mode's bridge script once it has defined `window.binome`. That
 * script is deferred (it never holds up the loading of the page), while the renderer's early
 * module is async and may run first: it waits for this event (renderer/src/stores/startup-reads.ts).
 * Electron's preload defines the bridge before any script of the page, so nothing waits there.
 */
export const BRIDGE_READY_EVENT = 'binome:bridge-ready';
