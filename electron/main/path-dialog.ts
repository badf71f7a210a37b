import type { MessageKey } from '../../shared/messages/message';
import type { PathDialog } from '../services/caller';

/** The options of Electron's showOpenDialog that we use. */
export interface OpenDialogOptions {
  title: string;
  buttonLabel: string;
  properties: ('openFile' | 'openDirectory' | 'createDirectory' | 'promptToCreate' | 'dontAddToRecent')[];
  filters?: { name: string; extensions: string[] }[];
}

/**
 * The slice of Electron's `dialog` we use (showOpenDialog resolves to `{ canceled, filePaths }`,
 * filePaths empty when cancelled), injected so the glue is tested without the binary.
 */
export interface OpenDialogLike<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/**
 * The system's dialogs, modal to `window` (the window whose page made the call; null: none to
 * attach to), worded in the UI language by `text`. A folder is opened, not saved: the file name
 * is Binôme's own (dated), so the helper only says where. `dontAddToRecent` keeps the backup or
 * export out of Windows' recent files.
 */
export function createPathDialog<W>(dialog: OpenDialogLike<W>, window: W | null, text: (key: MessageKey) => string): PathDialog {
  async function open(options: OpenDialogOptions): Promise<string | null> {
    const answer = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  }
  return {
    pickFolder: (purpose) =>
      open({
        title: text(purpose === 'backup' ? 'paths.dialogBackupTitle' : 'paths.dialogExportTitle'),
        buttonLabel: text('paths.dialogFolderButton'),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
      }),
    pickBackupFile: () =>
      open({
        title: text('paths.dialogRestoreTitle'),
        buttonLabel: text('paths.dialogRestoreButton'),
        filters: [{ name: text('paths.dialogBackupFilter'), extensions: ['sqlite'] }],
        properties: ['openFile', 'dontAddToRecent'],
      }),
  };
}
