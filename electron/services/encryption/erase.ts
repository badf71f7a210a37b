import { closeSync, existsSync, fstatSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';

const CHUNK = 1024 * 1024;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function fsyncFile(path: string) {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Overwrites a file that held personal data in clear with zeros, syncs, then removes it. On a
 * hard disk this clears the old blocks; an SSD or a copy-on-write file system may keep older
 * copies of them out of reach, which only full-disk encryption (BitLocker) covers: the README says
 * so. Missing files are fine (a restart after the erase).
 */
export async function eraseFile(path: string, onBytes: (n: number) => void = () => {}): Promise<void> {
  if (!existsSync(path)) return;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const zeros = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    for (let at = 0; at < size; at += zeros.length) {
      const n = Math.min(zeros.length, size - at);
      writeSync(fd, zeros, 0, n, at);
      onBytes(n);
      if ((at / zeros.length) % 16 === 15) await yieldToLoop();
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(path, { force: true });
}

/** A database file with its side files (rollback journal, WAL, shared memory). */
export async function eraseDatabaseFiles(path: string, onBytes?: (n: number) => void) {
  for (const suffix of ['', '-journal', '-wal', '-shm']) await eraseFile(path + suffix, onBytes);
}
