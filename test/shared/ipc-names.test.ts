import { describe, expect, it } from 'vitest';
import { contract, events } from '../../shared/ipc/contract';
import { channelFor, eventNames, methodNames } from '../../shared/ipc/names';

// names.ts is generated; this catches a stale file even if someone silences the type check.
describe('generated IPC names', () => {
  it('lists exactly the contract methods and events, in order', () => {
    expect([...methodNames]).toEqual(Object.keys(contract));
    expect([...eventNames]).toEqual(Object.keys(events));
  });
  it('derives channels from names', () => {
    expect(channelFor('getAppInfo')).toBe('binome:getAppInfo');
  });
});
