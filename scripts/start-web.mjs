// npm run start:web — builds if needed, then serves the app on 127.0.0.1 (see electron/web/cli.ts).
import { needsBuild } from './needs-build.mjs';

if (needsBuild()) {
  console.error('Préparation de Binôme (construction)…');
  const { buildAll } = await import('./build.mjs');
  await buildAll({ quiet: true });
}
await import('../dist/web/cli.js');
