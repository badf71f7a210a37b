import { request } from 'node:http';
import type { WebServer } from '../../electron/web/server';

export interface RawResponse {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw request, so that Host, Origin and Cookie can be forged as an attacker would. */
export function raw(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** Opens a one-time address as a browser would and returns the `Cookie` header value it was given. */
export async function openSession(server: WebServer, url = server.newOpenUrl()): Promise<string> {
  const { pathname, search } = new URL(url);
  const res = await raw(server.port, pathname + search, {});
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0];
  if (res.status !== 303 || !cookie) throw new Error(`no session from ${url}: ${res.status}`);
  return cookie.split(';')[0]!;
}
