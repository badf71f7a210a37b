import { SECURITY_HEADERS } from '../web/security-headers';
import { readStatic } from '../web/static-files';

/**
 * Answers app://binome/... requests from the built renderer folder with the same CSP
 * as browser mode. Pure of Electron: main.ts passes it to protocol.handle.
 */
export async function serveAppRequest(rendererDir: string, url: string): Promise<Response> {
  const { pathname } = new URL(url);
  const file = await readStatic(rendererDir, pathname);
  if (!file) return new Response('Introuvable', { status: 404, headers: SECURITY_HEADERS });
  return new Response(new Uint8Array(file.body), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
}
