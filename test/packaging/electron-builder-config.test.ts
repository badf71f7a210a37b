import Ajv from 'ajv';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** electron-builder.yml checked against electron-builder's own JSON schema, as `dist` would. */
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('packs a per-user French NSIS installer and a portable build, with the fuses locked', () => {
    expect(config).toMatchObject({
      appId: 'fr.binome.app',
      productName: 'Binôme',
      asar: true,
      nsis: { perMachine: false, allowElevation: false, installerLanguages: ['fr_FR'] },
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
      },
    });
    const targets = ((config.win as { target: { target: string }[] }).target).map((t) => t.target);
    expect(targets).toEqual(['nsis', 'portable']);
  });
});
