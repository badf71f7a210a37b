import { BrowserWindow, dialog } from 'electron';
import type { PrintDeps } from './print';
import { createWindowOptions, type WindowChoice } from './window-options';

const READY_TIMEOUT_MS = 15_000;

/**
 * The Electron half of printing: a hidden window with the same security options as the
 * main one loads the print view, and Chromium's printToPDF (print media, A4) renders it.
 */
export function electronPrintDeps(parent: BrowserWindow, windowChoice: Pick<WindowChoice, 'preloadPath' | 'devTools'>): PrintDeps {
  return {
    async pickFolder() {
      const r = await dialog.showOpenDialog(parent, {
        title: 'Choisir le dossier où enregistrer le PDF',
        buttonLabel: 'Enregistrer ici',
        properties: ['openDirectory', 'createDirectory'],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async renderPdf(url) {
      const win = new BrowserWindow({ ...createWindowOptions({ ...windowChoice, mode: 'full', alwaysOnTop: false }), show: false });
      try {
        await win.loadURL(url);
        // The view fetches the mandate over IPC first: wait until it says the page is complete.
        const deadline = Date.now() + READY_TIMEOUT_MS;
        while (!(await win.webContents.executeJavaScript("document.querySelector('[data-print-ready]') !== null"))) {
          if (Date.now() > deadline) throw new Error('print view not ready');
          await new Promise((r) => setTimeout(r, 100));
        }
        return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        win.destroy();
      }
    },
  };
}
