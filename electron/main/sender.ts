import { isAppUrl } from './app-origin';

/** The parts of Electron's WebFrameMain that the check reads. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

/**
 * Every IPC call must come from our own page in the top frame: a sub-frame or any
 * other origin (should one ever load) is refused before the payload is even read.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
