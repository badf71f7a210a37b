/**
 * Electron entry: thin glue between Electron and the plain services. Everything here
 * that can be a pure function lives beside it (window-options, sender, ipc, protocol).
 */
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, safeStorage, screen, session, webContents } from 'electron';
import ElectronStore from 'electron-store';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimDataFolder } from '../services/claim-data-folder';
import { createServicesHost, type ServicesHost } from '../services/host';
import { toAppErrorValue } from '../services/errors';
import { ENGLISH_CATALOGUE } from '../../shared/messages/en';
import { FRENCH_CATALOGUE, formatMessage } from '../../shared/messages/format';
import type { MessageKey } from '../../shared/messages/message';
import { openSettingsFile } from '../services/settings-file';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl } from './app-origin';
import { chooseLaunchPhrase } from './key-file-option';
import { chooseDataDir } from './data-dir-option';
import { forwardEvents, registerIpc, type IpcMainLike } from './ipc';
import { createPathDialog } from './path-dialog';
import { createPanelWindowControl } from './panel-window';
import { lockOnPowerEvents } from './power-lock';
import { createPrinter } from './print';
import { electronPrintDeps } from './print-window';
import { serveAppRequest } from './protocol';
import { claimSingleInstance } from './single-instance';
import { createWindowOptions } from './window-options';
import { safeStorageProtection } from './os-key';
import type { WindowControl } from '../services/window-control';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'preload.cjs');
// DevTools only when running from the sources (`npm start`), never in an installed build.
const devTools = !app.isPackaged;

/**
 * `--data-dir=DIR` / BINOME_DATA_DIR (the e2e suite gives each test its own folder). Set as userData
 * before `ready`, so the database, the settings and Chromium's own files all move there together.
 */
function useChosenDataDir(): boolean {
  const choice = chooseDataDir(process.argv, process.env);
  let problem = 'error' in choice ? choice.error : null;
  if ('dataDir' in choice && choice.dataDir) {
    try {
      mkdirSync(choice.dataDir, { recursive: true });
      app.setPath('userData', choice.dataDir);
    } catch (error) {
      problem = `Impossible d'utiliser le dossier de données ${choice.dataDir} : ${(error as Error).message}`;
    }
  }
  if (problem === null) return true;
  dialog.showErrorBox('Binôme', problem);
  app.exit(2);
  return false;
}

// codeCache: V8 keeps the compiled renderer scripts between launches (by default only http(s)
// gets a code cache), so every start after the first skips compiling React and the app again.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

// Deny every way out of the app before any window exists.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

let services: ServicesHost | null = null;
let mainWindow: BrowserWindow | null = null;

async function start() {
  await app.whenReady();
  // Before settings or data are opened: a folder held by browser mode stops here, unchanged.
  claimDataFolder(app.getPath('userData'));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The app makes no network request at all: anything not from our bundle is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(isAppUrl(details.url) || details.url.startsWith('devtools:')) });
  });
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));

  const launch = chooseLaunchPhrase(process.argv);
  if ('error' in launch) {
    dialog.showErrorBox('Binôme', launch.error);
    app.exit(2);
    return;
  }
  const launchPhrase = launch.phrase;
  const settingsFile = openSettingsFile(
    () => new ElectronStore<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: false }),
    join(app.getPath('userData'), 'settings.json'),
    (message) => console.error(message),
  );
  const win = new BrowserWindow(createWindowOptions({ preloadPath, mode: 'full', alwaysOnTop: false, devTools }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  // The panel control needs the settings service, which needs the control: tie the knot late.
  // Made on first use: in recovery the settings service only exists once data is open again.
  const panel: { control?: WindowControl } = {};
  const panelControl = () => {
    const settings = services?.current()?.settings;
    if (!panel.control && settings) panel.control = createPanelWindowControl(win, settings, () => screen.getDisplayMatching(win.getBounds()).workArea);
    return panel.control;
  };
  services = createServicesHost({
    dataDir: app.getPath('userData'),
    settingsFile,
    version: app.getVersion(),
    windowControl: { apply: (mode) => panelControl()?.apply(mode) },
    printer: createPrinter(electronPrintDeps(win, { preloadPath, devTools })),
    // Everyday start: Windows opens the key (DPAPI), nothing to type; the phrase when it cannot.
    keys: { os: safeStorageProtection(safeStorage), launchPhrase },
    // With the folder claimed above: the database is held too, whatever becomes of binome.lock.
    exclusiveDatabase: true,
  });
  await services.start();
  const host = services;
  // Dialogs in the UI language (French until the settings are open).
  const dialogText = (key: MessageKey) => formatMessage({ key }, host.current()?.settings.get().language === 'en' ? ENGLISH_CATALOGUE : FRENCH_CATALOGUE);
  // The compact panel is remembered (settings.compactMode): the window opens as the helper left it,
  // before it is shown (once the data is open: a locked start opens full).
  const remembered = services.current()?.settings.get();
  if (remembered?.compactMode) panelControl()?.apply({ mode: 'panel', alwaysOnTop: remembered.panelAlwaysOnTop });
  registerIpc(ipcMain as unknown as IpcMainLike, services.dispatch, (event) =>
    createPathDialog(dialog, BrowserWindow.fromWebContents(event.sender as Electron.WebContents), dialogText),
  );
  lockOnPowerEvents(powerMonitor, (reason) => host.current()?.lock(reason));
  services.startBackgroundTasks();
  forwardEvents(services.bus, () => webContents.getAllWebContents());
  await win.loadURL(APP_ENTRY_URL);
}

app.on('window-all-closed', () => {
  services?.close();
  app.quit();
});

// The single-instance lock is keyed on userData: taken once --data-dir has set it, so two apps on
// two folders (the e2e suite) do not stop each other, while a second launch on one folder does.
if (useChosenDataDir() && claimSingleInstance(app, () => mainWindow)) {
  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox('Binôme', toAppErrorValue(error).message);
    app.exit(1);
  });
}
