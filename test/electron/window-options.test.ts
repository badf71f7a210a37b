import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../electron/main/window-options';

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
