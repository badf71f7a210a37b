import type { Migration } from '../types';

/**
 * The person's equipment, on their file: the Windows version of their computer and whether
 * Quick Assist is installed there, both 'unknown' until the helper asks. (The day of the in-person
 * rehearsal is not copied here: it is read from the rehearsals themselves.)
 */
export const m0013PersonEquipment: Migration = {
  version: 13,
  name: 'person-equipment',
  up(db) {
    db.exec(`
      ALTER TABLE persons ADD COLUMN windows_version TEXT NOT NULL DEFAULT 'unknown' CHECK (windows_version IN ('10', '11', 'other', 'unknown'));
      ALTER TABLE persons ADD COLUMN quick_assist TEXT NOT NULL DEFAULT 'unknown' CHECK (quick_assist IN ('yes', 'no', 'unknown'));
    `);
  },
};
