import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/main/app-origin';
import { isTrustedSender } from '../../../electron/main/sender';

describe('IPC sender check', () => {
  it('accepts only our app origin in the top frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://binome/assets/x.js', parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://binome/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///C:/binome/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
