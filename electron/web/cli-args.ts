export interface WebArgs {
  dataDir: string | null;
  port: number;
  openBrowser: boolean;
  /** `--key-file FILE`: a file holding the recovery phrase (tests, CI); otherwise the first page asks for it. */
  keyFile: string | null;
}

/** Parses `--data-dir DIR`, `--port N` (0 = any free port), `--key-file FILE`; env BINOME_DATA_DIR and BROWSER=none. */
export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv): WebArgs | { error: string } {
  let dataDir: string | null = env.BINOME_DATA_DIR?.trim() || null;
  let port = 0;
  let keyFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--data-dir') {
      const v = value();
      if (!v) return { error: '--data-dir attend un dossier.' };
      dataDir = v;
    } else if (flag === '--port') {
      const v = value();
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 0 || n > 65535) return { error: '--port attend un nombre entre 0 et 65535.' };
      port = n;
    } else if (flag === '--key-file') {
      const v = value();
      if (!v) return { error: '--key-file attend un fichier contenant la phrase de récupération.' };
      keyFile = v;
    } else {
      return { error: `Option inconnue : ${arg}` };
    }
  }
  return { dataDir, port, openBrowser: (env.BROWSER ?? '').toLowerCase() !== 'none', keyFile };
}
