import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/ipc/result';
import { errorValue } from '../../shared/messages/error-value';
import type { MessageKey } from '../../shared/messages/message';
import type { AppServices } from '../services/app';
import { isJsonContentType } from './content-type';
import { addressUnknownPage, addressUsedPage, notConnectedPage } from './notice-pages';
import { SECURITY_HEADERS } from './security-headers';
import { loadStaticFiles } from './static-files';
import { createWebAccess, OPEN_PATH, type WebAccess } from './web-access';

export const BRIDGE_SCRIPT_PATH = '/__binome/bridge.js';
const MAX_BODY = 2 * 1024 * 1024;

export interface WebServerOptions {
  /** The services, or the host that holds them (dispatch and bus stay the same across a restore). */
  services: Pick<AppServices, 'dispatch' | 'bus'>;
  /** Built renderer (index.html and assets). */
  staticDir: string;
  /** Built browser bridge script, served in place of Electron's preload. */
  bridgeScript: string;
  port?: number;
}

export interface WebServer {
  /** The first one-time address (`/open?code=…`), to print or open. */
  url: string;
  origin: string;
  port: number;
  /** Another one-time address, for a helper who closed the tab; the previous unused one stops working. */
  newOpenUrl(): string;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

const html = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
};

const refusal = (code: 'unauthorized' | 'forbidden' | 'invalid_input' | 'unknown_method', key: MessageKey): Result<never> => ({
  ok: false,
  error: errorValue(code, key),
});

/** Reads the body; past MAX_BODY it keeps draining (so the client gets its 413) but stores nothing. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A navigation (the address bar, a link) rather than a script's request: it gets a page, not JSON. */
const wantsPage = (req: IncomingMessage) =>
  req.method === 'GET' && (req.headers['sec-fetch-dest'] === 'document' || (!req.headers['sec-fetch-dest'] && (req.headers.accept ?? '').includes('text/html')));

/**
 * Browser mode: the same services as Electron behind HTTP on 127.0.0.1 only.
 * Gates before any handler, in order:
 * 1. Host must be our own loopback host and port (defeats DNS rebinding: a rebound name still
 *    shows in Host); an Origin, when sent, must be ours; a request a browser marks as coming from
 *    another site or another port of 127.0.0.1 (Sec-Fetch-Site cross-site or same-site) is refused.
 * 2. `/open?code=…` trades the one-time code for the session cookie (web-access.ts); everything
 *    else, the renderer's files included, needs that cookie (401 without it).
 * 3. Calls are POST with our Origin and a Content-Type exactly JSON (415 otherwise).
 * Why this stops cross-site request forgery: the cookie is SameSite=Strict, so a page of another
 * site never gets it attached. SameSite ignores ports, so a page served by another program on
 * 127.0.0.1 would: that is what the Origin check is for (browsers always send Origin on POST),
 * and a cross-origin page cannot even send a JSON POST without a CORS preflight, which is never
 * granted (no CORS header is ever sent). GET never changes anything, except spending a code the
 * attacker would have to know. A program running on the machine as the helper is out of reach of
 * any of this: it can read the data folder anyway.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let origin = '';
  let host = '';
  const sseClients = new Set<ServerResponse>();
  // Made once the port is known (the cookie is named after it); nothing is served before.
  let access: WebAccess | null = null;
  const staticFile = loadStaticFiles(options.staticDir);

  const unsubscribe = options.services.bus.subscribe((name, payload) => {
    const frame = `event: message\ndata: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  const server = createServer(async (req, res) => {
    try {
      if (!access || req.headers.host !== host) return json(res, 403, refusal('forbidden', 'bridge.hostRefused'));
      const reqOrigin = req.headers.origin;
      if (reqOrigin !== undefined && reqOrigin !== origin) return json(res, 403, refusal('forbidden', 'bridge.originRefused'));
      const secSite = req.headers['sec-fetch-site'];
      if (secSite === 'cross-site' || secSite === 'same-site') return json(res, 403, refusal('forbidden', 'bridge.originRefused'));

      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === OPEN_PATH) return openWithCode(access, req, res, url);
      if (!access.hasSession(req.headers.cookie)) {
        if (wantsPage(req)) return html(res, 401, notConnectedPage());
        return json(res, 401, refusal('unauthorized', 'bridge.notConnected'));
      }
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, refusal('forbidden', 'bridge.methodRefused'));
      return await serveStatic(res, url.pathname);
    } catch {
      if (!res.headersSent) json(res, 500, { ok: false, error: errorValue('internal', 'internal.badAnswer') });
      else res.end();
    }
  });

  /** The one-time address: the code is spent here, whatever happens next. */
  function openWithCode(access: WebAccess, req: IncomingMessage, res: ServerResponse, url: URL) {
    // A link preview (HEAD) or a prefetch must not spend the code the helper is about to open.
    if (req.method !== 'GET') return json(res, 405, refusal('forbidden', 'bridge.methodRefused'));
    if (req.headers['sec-purpose'] !== undefined || req.headers.purpose !== undefined) {
      return json(res, 503, refusal('forbidden', 'bridge.prefetchRefused'));
    }
    const redeemed = access.redeem(url.searchParams.get('code'));
    if (!redeemed.ok) {
      const connected = access.hasSession(req.headers.cookie);
      return html(res, 403, redeemed.reason === 'used' ? addressUsedPage(connected) : addressUnknownPage());
    }
    res.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Set-Cookie': access.setCookie(redeemed.session), 'Cache-Control': 'no-store' });
    res.end();
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return json(res, 405, refusal('forbidden', 'bridge.methodRefused'));
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    const match = /^\/api\/call\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match || req.method !== 'POST') return json(res, 404, refusal('unknown_method', 'dispatch.unknownMethod'));
    if (req.headers.origin !== origin) return json(res, 403, refusal('forbidden', 'bridge.originRefused'));
    if (!isJsonContentType(req.headers['content-type'])) {
      return json(res, 415, refusal('invalid_input', 'bridge.notJson'));
    }
    const body = await readBody(req);
    if (body === null) return json(res, 413, refusal('invalid_input', 'bridge.tooLarge'));
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return json(res, 400, refusal('invalid_input', 'bridge.invalidJson'));
    }
    const result = await options.services.dispatch(match[1], input);
    json(res, 200, result);
  }

  async function serveStatic(res: ServerResponse, pathname: string) {
    if (pathname === BRIDGE_SCRIPT_PATH) {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(options.bridgeScript);
    }
    const file = staticFile(pathname);
    if (!file) return json(res, 404, refusal('unknown_method', 'bridge.notFound'));
    let body: Buffer | string = file.body;
    if (file.type.startsWith('text/html')) {
      // The bridge defines window.binome, as a preload would. Deferred: it never holds up the
      // fetching of the app's files; the early module, async, waits for it if it runs first
      // (shared/ipc/bridge-ready.ts), and deferred scripts run before the app's module in any case.
      body = file.body.toString('utf8').replace('<head>', `<head>\n    <script defer src="${BRIDGE_SCRIPT_PATH}"></script>`);
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
    res.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  host = `127.0.0.1:${port}`;
  origin = `http://${host}`;
  const ready = createWebAccess(port);
  access = ready;
  const newOpenUrl = () => `${origin}${OPEN_PATH}?code=${ready.newCode()}`;

  return {
    url: newOpenUrl(),
    origin,
    port,
    newOpenUrl,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const client of sseClients) client.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

