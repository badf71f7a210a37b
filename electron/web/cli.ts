/**
 * `npm run start:web`: the main-process services and the renderer in any local browser.
 * Prints a one-time URL alone on its line and opens the browser with it unless BROWSER=none;
 * each Enter typed afterwards prints (and opens) a new one, for a helper who closed the tab.
 */
import Conf from 'conf';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimDataFolder } from '../services/claim-data-folder';
import { createServicesHost } from '../services/host';
import { defaultDataDir } from '../services/data-dir';
import { AppError, toAppErrorValue } from '../services/errors';
import { openSettingsFile } from '../services/settings-file';
import { phraseOnly } from '../services/keys/key-provider';
import { parseWebArgs } from './cli-args';
import { readPhraseFile } from './key-file-option';
import { startWebServer } from './server';

const here = dirname(fileURLToPath(import.meta.url));

/** Exit code when another Binôme (desktop app or browser mode) already holds the data folder. */
const EXIT_ALREADY_OPEN = 3;
const distDir = join(here, '..');

function openInBrowser(url: string) {
  const command = process.platform === 'win32' ? 'explorer.exe' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => console.error('Ouvrez cette adresse dans votre navigateur.'));
    child.unref();
  } catch {
    console.error('Ouvrez cette adresse dans votre navigateur.');
  }
}

/**
 * BINOME_CLOCK_OFFSET_MS (browser mode only, read once at launch): shifts the services'
 * clock by a fixed number of milliseconds, so end-to-end tests can put the server past a
 * code's deadline by restarting it. There is no way to change time while it runs.
 */
function clockFromEnv(env: NodeJS.ProcessEnv): (() => Date) | undefined {
  const raw = env.BINOME_CLOCK_OFFSET_MS;
  if (!raw) return undefined;
  const offset = Number(raw);
  if (!Number.isSafeInteger(offset)) {
    console.error('BINOME_CLOCK_OFFSET_MS doit être un nombre entier de millisecondes.');
    process.exit(2);
  }
  return () => new Date(Date.now() + offset);
}

async function main() {
  const args = parseWebArgs(process.argv.slice(2), process.env);
  if ('error' in args) {
    console.error(args.error);
    process.exit(2);
  }
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  // First, before settings or data are touched: a second start on this folder stops here, unchanged.
  try {
    claimDataFolder(dataDir);
  } catch (error) {
    console.error(toAppErrorValue(error).message);
    process.exit(error instanceof AppError && error.key === 'dataFolder.alreadyOpen' ? EXIT_ALREADY_OPEN : 1);
  }
  const version = (JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const settingsFile = openSettingsFile(
    () => new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', clearInvalidConfig: false }),
    join(dataDir, 'settings.json'),
    (message) => console.error(message),
  );
  let launchPhrase: string | null = null;
  if (args.keyFile) {
    const read = readPhraseFile(args.keyFile);
    if ('error' in read) {
      console.error(read.error);
      process.exit(2);
    }
    launchPhrase = read.phrase;
  }
  // No safeStorage outside Electron: the phrase opens the data at each start (the first page asks
  // for it, or --key-file gives it); a new folder is set up on the first page.
  const services = createServicesHost({ dataDir, settingsFile, version, now: clockFromEnv(process.env), keys: phraseOnly(launchPhrase) });
  let startup;
  try {
    startup = await services.start();
  } catch (error) {
    console.error(toAppErrorValue(error).message);
    process.exit(2);
  }
  const server = await startWebServer({
    services,
    staticDir: join(distDir, 'renderer'),
    bridgeScript: readFileSync(join(distDir, 'web', 'bridge.js'), 'utf8'),
    port: args.port,
  });

  console.log(`Binôme (mode navigateur) — données : ${dataDir}`);
  if (startup.status === 'locked') console.log('Les données sont chiffrées : la page qui s’ouvre demande la phrase de récupération.');
  if (startup.status === 'setup') console.log('Premier démarrage : la page qui s’ouvre crée la phrase de récupération de l’association.');
  console.log('Adresse à usage unique (elle ne s’ouvre qu’une fois) :');
  console.log(server.url);
  console.log('Onglet fermé ? Appuyez sur Entrée ici pour obtenir une nouvelle adresse. Ctrl+C arrête Binôme.');
  services.startBackgroundTasks();
  if (args.openBrowser) openInBrowser(server.url);
  // Without a terminal (stdin closed or redirected) there is simply no Enter to wait for; a
  // restart prints a new address too.
  createInterface({ input: process.stdin }).on('line', () => {
    const url = server.newOpenUrl();
    console.log(url);
    if (args.openBrowser) openInBrowser(url);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(toAppErrorValue(error).message);
  if (process.env.BINOME_DEBUG) console.error(error);
  process.exit(1);
});
