/** The parts of Electron's `app` this needs, so a test can pass a fake one. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Electron's own single-instance lock: a second launch of the desktop app quits at once and the
 * first brings its window forward, so a helper who double-clicks again finds the window they
 * had. Browser mode and Electron on one folder are kept apart by the data folder's lock
 * (electron/services/data-folder-lock.ts), which this does not replace.
 * Returns false when this process is the second one (it is quitting; start nothing).
 */
export function claimSingleInstance(app: SingleInstanceApp, mainWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = mainWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
