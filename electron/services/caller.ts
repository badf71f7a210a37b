/**
 * The system's file dialogs, as the desktop app offers them on the window that made the call
 * (electron/main/path-dialog.ts). Each resolves to the chosen absolute path, or null when the
 * helper closed the dialog.
 */
export interface PathDialog {
  /** A folder to write into: a backup copy, or a person's export. */
  pickFolder(purpose: 'backup' | 'export'): Promise<string | null>;
  /** A backup file to restore (with its `.key.json` beside it). */
  pickBackupFile(): Promise<string | null>;
}

/**
 * What the transport knows about one call that the payload cannot be trusted to say. Electron's
 * IPC gives the sender window's dialogs; browser mode, tools and tests have none, so a path must
 * be typed and is checked (electron/services/paths.ts).
 */
export interface Caller {
  dialog: PathDialog | null;
}

export const NO_DIALOG: Caller = { dialog: null };
