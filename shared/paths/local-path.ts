import type { MessageKey } from '../messages/fr';
import { hasNoControlChars } from '../text/control-chars';

/**
 * Which rules apply: the operating system the main process runs on, passed in so both sets are
 * tested on any machine (electron/services/paths.ts gives `process.platform`).
 */
export type PathFlavour = 'windows' | 'posix';

export const pathFlavourOf = (platform: string): PathFlavour => (platform === 'win32' ? 'windows' : 'posix');

export type LocalPathCheck = { ok: true; path: string } | { ok: false; key: MessageKey };

// Two letters or more before the colon: a scheme (file:, smb:, http:), never a drive letter (C:).
const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;
// Two separators first: \\server\share, //server/share, and the \\?\ and \\.\ namespaces (\\?\UNC\…, devices).
const NETWORK_OR_DEVICE = /^[\\/]{2}/;
const DRIVE_ROOT = /^[a-z]:[\\/]/i;
// Characters Windows refuses in a name; a colon past the drive names an alternate data stream.
const WINDOWS_RESERVED_CHARS = /[<>:"|?*]/;
// CON, NUL, COM1… are devices in every folder, with or without an extension.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/**
 * A path the helper typed in browser mode (which has no system dialog), accepted only when it
 * names a place on this computer without any doubt: a full path (a drive letter on Windows,
 * from the root elsewhere), no network or device path, no URL, no `..` and no control
 * character. The answer is the path written the system's way ('E:\Sauvegardes'), the
 * separators doubled or trailing and the `.` segments dropped. Pure: the service resolves links
 * afterwards (electron/services/paths.ts).
 */
export function checkLocalPath(raw: string, flavour: PathFlavour): LocalPathCheck {
  const text = raw.trim();
  if (text === '') return refuse('paths.required');
  if (!hasNoControlChars(text)) return refuse('input.pathControlChars');
  if (URL_SCHEME.test(text)) return refuse('paths.url');
  if (NETWORK_OR_DEVICE.test(text)) return refuse('paths.network');
  return flavour === 'windows' ? windowsPath(text) : posixPath(text);
}

function windowsPath(text: string): LocalPathCheck {
  if (!DRIVE_ROOT.test(text)) return refuse('paths.notAbsoluteWindows');
  const drive = `${text[0]!.toUpperCase()}:`;
  const segments = text.slice(3).split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  for (const segment of segments) {
    if (segment === '..') return refuse('paths.parentSegment');
    if (WINDOWS_RESERVED_CHARS.test(segment)) return refuse('paths.reservedChars');
    // Windows drops trailing dots and spaces: the folder written would not be the one typed (and '.. ' is '..').
    if (/[. ]$/.test(segment)) return refuse('paths.trailingDotOrSpace');
    if (WINDOWS_DEVICE_NAME.test(segment)) return refuse('paths.deviceName');
  }
  return { ok: true, path: `${drive}\\${segments.join('\\')}` };
}

function posixPath(text: string): LocalPathCheck {
  if (!text.startsWith('/')) return refuse('paths.notAbsolutePosix');
  const segments = text.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return refuse('paths.parentSegment');
  return { ok: true, path: `/${segments.join('/')}` };
}

const refuse = (key: MessageKey): LocalPathCheck => ({ ok: false, key });
