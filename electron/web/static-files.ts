import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeFor = (path: string) => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * Resolves a URL path inside `root` only; anything that would climb out (.., encoded
 * slashes, absolute paths) yields null. Shared by the web server and Electron's protocol.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.split(/[/\\]/).includes('..')) return null;
  const full = join(root, relative === '' || relative === '.' ? 'index.html' : relative);
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return full.startsWith(rootWithSep) ? full : null;
}

const isInside = (root: string, path: string) => path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The file at `urlPath` under `root`, or null (a 404). The path is checked twice: as written
 * (resolveInside), then as the system resolves it, so a symbolic link inside the renderer
 * folder that points elsewhere (to the data folder, to /etc) is refused like `..` is.
 */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const file = resolveInside(root, urlPath);
  if (!file) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile)) return null;
    return { body: await readFile(realFile), type: mimeFor(file) };
  } catch {
    return null;
  }
}

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * The built renderer, read once into memory: it never changes while the server runs, and a page
 * load then costs no file system round trip per file (a few hundred KB in all). A symbolic link is
 * taken only when the system resolves it to a file inside the renderer folder, as readStatic does,
 * so a link that leads elsewhere is a 404 like anything outside the folder.
 */
export function loadStaticFiles(root: string): (urlPath: string) => StaticFile | null {
  const files = new Map<string, StaticFile>();
  const realRoot = realpathSync(root);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(full, { body: readFileSync(full), type: mimeFor(full) });
      else if (entry.isSymbolicLink()) {
        try {
          const target = realpathSync(full);
          if (isInside(realRoot, target) && statSync(target).isFile()) files.set(full, { body: readFileSync(target), type: mimeFor(full) });
        } catch {
          // A dangling link serves nothing.
        }
      }
    }
  };
  walk(root);
  return (urlPath) => {
    const file = resolveInside(root, urlPath);
    return file === null ? null : (files.get(file) ?? null);
  };
}
