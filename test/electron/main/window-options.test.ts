import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWindowOptions, PANEL_WIDTH } from '../../../electron/main/window-options';

describe('window options', () => {
  for (const mode of ['full', 'panel'] as const) {
    it(`${mode}: isolated, sandboxed, no Node, web security on, hidden until ready`, () => {
      const o = createWindowOptions({ preloadPath: '/p/preload.cjs', mode, alwaysOnTop: true });
      expect(o.webPreferences).toMatchObject({
        preload: '/p/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
      expect(o.show).toBe(false);
    });
  }
  it('the panel is narrow and pinned when asked; the full window never is', () => {
    expect(createWindowOptions({ preloadPath: 'p', mode: 'panel', alwaysOnTop: true })).toMatchObject({ width: PANEL_WIDTH, alwaysOnTop: true });
    expect(createWindowOptions({ preloadPath: 'p', mode: 'panel', alwaysOnTop: false }).alwaysOnTop).toBe(false);
    expect(createWindowOptions({ preloadPath: 'p', mode: 'full', alwaysOnTop: true }).alwaysOnTop).toBe(false);
  });
  it('remembered bounds override the default size', () => {
    const o = createWindowOptions({ preloadPath: 'p', mode: 'panel', alwaysOnTop: true, bounds: { x: 10, y: 20, width: 400, height: 700 } });
    expect(o).toMatchObject({ x: 10, y: 20, width: 400, height: 700 });
  });
});

const base = { preloadPath: '/p/preload.cjs', alwaysOnTop: false } as const;

describe('window options: DevTools', () => {
  for (const mode of ['full', 'panel'] as const) {
    it(`${mode}: off for a packaged build (devTools false)`, () => {
      expect(createWindowOptions({ ...base, mode, devTools: false }).webPreferences?.devTools).toBe(false);
    });
    it(`${mode}: on for a development run (devTools true)`, () => {
      expect(createWindowOptions({ ...base, mode, devTools: true }).webPreferences?.devTools).toBe(true);
    });
    it(`${mode}: off when the caller does not say`, () => {
      expect(createWindowOptions({ ...base, mode }).webPreferences?.devTools).toBe(false);
    });
  }

  // The pure function only obeys its argument; this pins where the argument comes from.
  it('main.ts and the print window take the flag from app.isPackaged, nowhere else', () => {
    const main = readFileSync('electron/main/main.ts', 'utf8');
    expect(main).toMatch(/const devTools = !app\.isPackaged;/);
    expect(main.match(/createWindowOptions\(\{[^}]*\}/g)?.every((call) => call.includes('devTools'))).toBe(true);
    expect(main).toMatch(/electronPrintDeps\(win, \{ preloadPath, devTools \}\)/);
    const print = readFileSync('electron/main/print-window.ts', 'utf8');
    expect(print).toMatch(/createWindowOptions\(\{ \.\.\.windowChoice,/);
  });
});
