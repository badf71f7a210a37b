// npm start — the desktop app. Where the Electron runtime could not be downloaded, say so in one line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needsBuild } from './needs-build.mjs';

function electronBinary() {
  const dir = join('node_modules', 'electron');
  try {
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const full = join(dir, 'dist', rel);
    return existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    "Le programme Electron n'est pas installé sur cette machine (téléchargement impossible) : lancez « npm run setup:electron » avec une connexion Internet, ou utilisez « npm run start:web » pour ouvrir Binôme dans le navigateur.",
  );
  process.exit(1);
}
if (needsBuild()) {
  const { buildAll } = await import('./build.mjs');
  await buildAll({ quiet: true });
}
// Anything after `npm start --` goes to the app (e.g. `--data-dir=DIR`).
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
