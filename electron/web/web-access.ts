import { createHash, randomBytes } from 'node:crypto';

/** The printed address: `http://127.0.0.1:PORT/open?code=…`. */
export const OPEN_PATH = '/open';

export type Redeemed = { ok: true; session: string } | { ok: false; reason: 'used' | 'unknown' };

export interface WebAccess {
  /** Per port: two browser-mode servers on different folders share 127.0.0.1's cookies, not their names. */
  readonly cookieName: string;
  /** A new one-time code; a code printed earlier and not used yet stops working. */
  newCode(): string;
  /** Trades a code, once, for a new session. */
  redeem(code: string | null): Redeemed;
  /** Whether the request's Cookie header holds one of this launch's sessions. */
  hasSession(cookieHeader: string | undefined): boolean;
  /** The Set-Cookie value for a session (see the comment in createWebAccess). */
  setCookie(session: string): string;
}

const secret = () => randomBytes(32).toString('base64url');
// Only hashes are kept and looked up: a lookup keyed by a SHA-256 leaks nothing usable about the
// secret through its timing, and a memory dump holds no code or session that would still work.
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * Browser mode's access: the printed URL carries a one-time code, traded at first load for a
 * session cookie, so what stays in the browser's history, a screenshot or the terminal's
 * scrollback no longer opens anything.
 *
 * The cookie:
 * - HttpOnly: no script, ours included, can read it (the bridge never handles a secret).
 * - SameSite=Strict: the browser attaches it only to requests a page of 127.0.0.1 makes, never
 *   to one started by another site, not even a link followed to us.
 * - Path=/, no Max-Age: gone when the browser closes, useless after Binôme restarts (sessions
 *   live in this process's memory only).
 * - No Secure: the page is plain http on the loopback interface. A Secure cookie is only promised
 *   over https (some browsers accept it on localhost, not all, and not always for 127.0.0.1), and
 *   it would add nothing: the traffic never leaves the machine, where TLS would protect against
 *   nobody that could not already read the data folder.
 */
export function createWebAccess(port: number): WebAccess {
  const cookieName = `binome_${port}`;
  let liveCode: string | null = null;
  const spentCodes = new Set<string>();
  const sessions = new Set<string>();

  return {
    cookieName,
    newCode() {
      if (liveCode) spentCodes.add(liveCode);
      const code = secret();
      liveCode = digest(code);
      return code;
    },
    redeem(code) {
      if (!code) return { ok: false, reason: 'unknown' };
      const hashed = digest(code);
      if (hashed !== liveCode) return { ok: false, reason: spentCodes.has(hashed) ? 'used' : 'unknown' };
      spentCodes.add(hashed);
      liveCode = null;
      const session = secret();
      sessions.add(digest(session));
      return { ok: true, session };
    },
    hasSession(cookieHeader) {
      if (!cookieHeader) return false;
      for (const part of cookieHeader.split(';')) {
        const eq = part.indexOf('=');
        if (eq < 0 || part.slice(0, eq).trim() !== cookieName) continue;
        if (sessions.has(digest(part.slice(eq + 1).trim()))) return true;
      }
      return false;
    },
    setCookie: (session) => `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`,
  };
}
