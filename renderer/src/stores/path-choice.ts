import type { PathChoice } from '../../../shared/paths/path-choice';
import { isBrowserMode } from './download';

/**
 * Where a backup, an export or a restore goes or comes from. The desktop app asks the main
 * process to open the system's dialog: the page never names a path there. Browser mode has no
 * such dialog, so the helper types the path, which the main process accepts only when local.
 */
export const typesPaths = isBrowserMode;

export const pathChoice = (typed: string): PathChoice => (isBrowserMode() ? { path: typed.trim() } : { pick: true });
