/** The renderer is served from this custom scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'binome';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of our own bundle (custom standard schemes have an opaque WHATWG origin, so compare parts). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
