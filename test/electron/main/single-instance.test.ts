import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type FocusableWindow, type SingleInstanceApp } from '../../../electron/main/single-instance';

function fakeApp(granted: boolean) {
  const listeners = new Map<string, () => void>();
  const calls: string[] = [];
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => {
      calls.push('request');
      return granted;
    },
    quit: () => calls.push('quit'),
    on: (event, listener) => listeners.set(event, listener),
  };
  return { app, calls, secondLaunch: () => listeners.get('second-instance')?.(), listens: () => listeners.has('second-instance') };
}

function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { win, calls };
}

describe('Electron single instance', () => {
  it('a second launch quits before starting anything', () => {
    const { app, calls, listens } = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(calls).toEqual(['request', 'quit']);
    expect(listens()).toBe(false);
  });

  it('the first launch keeps running and brings its window forward when another launch is attempted', () => {
    const { app, calls, secondLaunch } = fakeApp(true);
    const minimized = fakeWindow({ minimized: true });
    let current: FocusableWindow | null = null;
    expect(claimSingleInstance(app, () => current)).toBe(true);
    expect(calls).toEqual(['request']);
    // Before the window exists (still starting): nothing to focus, no error.
    secondLaunch();
    current = minimized.win;
    secondLaunch();
    expect(minimized.calls).toEqual(['restore', 'show', 'focus']);
    const shown = fakeWindow();
    current = shown.win;
    secondLaunch();
    expect(shown.calls).toEqual(['show', 'focus']);
  });

  it('a window already destroyed (closing) is left alone', () => {
    const { app, secondLaunch } = fakeApp(true);
    const closing = fakeWindow({ destroyed: true });
    claimSingleInstance(app, () => closing.win);
    secondLaunch();
    expect(closing.calls).toEqual([]);
  });
});
