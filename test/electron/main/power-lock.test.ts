import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { lockOnPowerEvents, type PowerLockReason } from '../../../electron/main/power-lock';

describe('power events', () => {
  it('lock the app when the system sleeps or locks its screen, and on nothing else', () => {
    const monitor = new EventEmitter();
    const locks: PowerLockReason[] = [];
    lockOnPowerEvents(monitor, (reason) => locks.push(reason));
    monitor.emit('resume');
    monitor.emit('unlock-screen');
    monitor.emit('on-battery');
    expect(locks).toEqual([]);
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    expect(locks).toEqual(['suspend', 'lock-screen']);
  });
});
