import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/ipc/result';
import type { AppServices } from '../services/context';
import { SECURITY_HEADERS } from './security-headers';
import { loadStaticFiles } from './static-files';

export const BRIDGE_SCRIPT_PATH = '/__binome/bridge.js';
export const TOKEN_HEADER = 'x-binome-token';
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
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

const refusal = (code: 'unauthorized' | 'forbidden' | 'invalid_input' | 'unknown_method', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
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

/**
 * Browser mode: the same services as Electron behind HTTP on 127.0.0.1 only.
 * Three gates before any handler: Host and Origin must be our own loopback origin
 * (defeats DNS rebinding), then the per-launch token (401 without it).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('base64url');
  const tokenBuf = Buffer.from(token);
  let origin = '';
  let host = '';
  const sseClients = new Set<ServerResponse>();
  const staticFile = loadStaticFiles(options.staticDir);

  const tokenOk = (candidate: string | null | undefined) => {
    if (!candidate) return false;
    const buf = Buffer.from(candidate);
    return buf.length === tokenBuf.length && timingSafeEqual(buf, tokenBuf);
  };

  const unsubscribe = options.services.bus.subscribe((name, payload) => {
    const frame = `event: message\ndata: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of sseClients) client.write(frame);
  });

  const server = createServer(async (req, res) => {
    try {
      if (req.headers.host !== host) return json(res, 403, refusal('forbidden', 'Hôte refusé.'));
      const reqOrigin = req.headers.origin;
      if (reqOrigin !== undefined && reqOrigin !== origin) return json(res, 403, refusal('forbidden', 'Origine refusée.'));
      const secSite = req.headers['sec-fetch-site'];
      if (secSite === 'cross-site') return json(res, 403, refusal('forbidden', 'Origine refusée.'));

      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, refusal('forbidden', 'Méthode refusée.'));
      return await serveStatic(res, url.pathname);
    } catch {
      if (!res.headersSent) json(res, 500, { ok: false, error: { code: 'internal', message: "Une erreur inattendue s'est produite." } });
      else res.end();
    }
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === '/api/events') {
      if (!tokenOk(url.searchParams.get('token'))) return json(res, 401, refusal('unauthorized', 'Jeton absent ou invalide.'));
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    const header = req.headers[TOKEN_HEADER];
    if (!tokenOk(Array.isArray(header) ? header[0] : header)) {
      return json(res, 401, refusal('unauthorized', 'Jeton absent ou invalide : rouvrez l’adresse affichée au lancement de Binôme.'));
    }
    const match = /^\/api\/call\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match || req.method !== 'POST') return json(res, 404, refusal('unknown_method', 'Action inconnue : rien n’a été modifié.'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return json(res, 415, refusal('invalid_input', 'Les données doivent être envoyées en JSON.'));
    }
    const body = await readBody(req);
    if (body === null) return json(res, 413, refusal('invalid_input', 'Les données envoyées sont trop volumineuses.'));
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return json(res, 400, refusal('invalid_input', 'Les données envoyées ne sont pas du JSON valide.'));
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
    if (!file) return json(res, 404, refusal('unknown_method', 'Introuvable.'));
    let body: Buffer | string = file.body;
    if (file.type.startsWith('text/html')) {
      // The bridge must define window.binome before the app's module runs, as a preload would.
      // Deferred classic scripts run before module scripts, in document order, and do not block parsing.
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

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const client of sseClients) client.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

