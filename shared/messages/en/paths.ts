import type { paths as french } from '../fr/paths';

export const paths: Record<keyof typeof french, string> = {
  'paths.required': 'Give the full path of the folder or file.',
  'paths.tooLong': 'This path is too long (1,000 characters at most).',
  'paths.url': 'An address (file://, smb://, http://…) is not accepted: give the full path of a folder on this computer or on a USB key. Nothing was changed.',
  'paths.network':
    'Network folders (\\\\server\\share) and special paths (\\\\?\\…, \\\\.\\…) are not accepted: choose a folder on this computer or on a USB key. Nothing was changed.',
  'paths.notAbsoluteWindows': 'Give the full path, starting with the drive letter (E:\\…, for example). Nothing was changed.',
  'paths.notAbsolutePosix': 'Give the full path, starting with / (/media/…, for example). Nothing was changed.',
  'paths.parentSegment': 'The path cannot contain “..”: give the folder itself. Nothing was changed.',
  'paths.reservedChars': 'A folder or file name cannot contain < > : " | ? *: correct the path. Nothing was changed.',
  'paths.trailingDotOrSpace': 'A folder or file name cannot end with a dot or a space: correct the path. Nothing was changed.',
  'paths.deviceName': 'CON, PRN, AUX, NUL, COM1… and LPT1… are names Windows reserves: choose another name. Nothing was changed.',
  'paths.linkToNetwork':
    'This path leads, through a link or a network drive, to a network folder: choose a folder on this computer or on a USB key. Nothing was changed.',
  'paths.noDialog': 'There is no window here to choose a folder: type its full path.',
  'paths.unknownBackup': 'This backup is not (or no longer) in the list: reload the list and try again. Nothing was changed.',
  'paths.dialogBackupTitle': 'Choose the folder to copy the backup into (a USB key, for example)',
  'paths.dialogExportTitle': 'Choose the folder to save the person’s file in',
  'paths.dialogFolderButton': 'Save here',
  'paths.dialogRestoreTitle': 'Choose the backup to restore',
  'paths.dialogRestoreButton': 'Restore this file',
  'paths.dialogBackupFilter': 'Binôme backups',
};
