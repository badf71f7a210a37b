// npm run bench [-- --json]: runs the TypeScript benchmark suite with tsx.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/index.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
