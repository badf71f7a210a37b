import Ajv from 'ajv';
import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types: the same function that writes build/icon.ico
import { pngToIco } from '../../build/make-ico.mjs';

/** electron-builder.yml checked against electron-builder's own JSON schema, as `dist` would. */
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
// electron-builder's own loader (extends, merging), as `electron-builder --config FILE` runs it.
const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<Record<string, unknown>>;
};
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('packs a per-user French NSIS installer (no admin rights) and a portable build', () => {
    expect(config).toMatchObject({
      appId: 'fr.binome.app',
      productName: 'Binôme',
      directories: { buildResources: 'build' },
      // One-click + not per-machine: installs for the current user and never asks for elevation.
      nsis: { oneClick: true, perMachine: false, installerLanguages: ['fr_FR'], language: '1036' },
    });
    expect((config.nsis as Record<string, unknown>).allowElevation).not.toBe(true);
    const targets = (config.win as { target: { target: string }[] }).target.map((t) => t.target);
    expect(targets).toEqual(['nsis', 'portable']);
  });

  it('rebuilds better-sqlite3-multiple-ciphers for Electron and keeps its native module outside the asar archive', () => {
    expect(config).toMatchObject({ asar: true, npmRebuild: true });
    // Compiled against Electron's headers: the module has no published binary for Electron 45.
    expect(config.buildDependenciesFromSource).toBe(true);
    // The unpacked folder must be the module the app loads, or the archive would hold it and it would not load.
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3-multiple-ciphers/**']);
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3-multiple-ciphers');
    expect(Object.keys(pkg.dependencies)).not.toContain('better-sqlite3');
  });

  it('locks the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('uses icons from build/, the .ico being the 256 px PNG wrapped unchanged', () => {
    const icon = (config.win as { icon: string }).icon;
    expect(icon).toBe('build/icon.ico');
    const png = readFileSync('build/icon.png');
    expect(png.readUInt32BE(16)).toBe(256); // width, from the IHDR chunk
    expect(png.readUInt32BE(20)).toBe(256);
    expect(readFileSync(icon).equals(pngToIco(png)), 'build/icon.ico is stale: run node build/make-ico.mjs').toBe(true);
  });

  it('packs what `npm run build` produces, and `npm run dist` builds before packing', () => {
    expect(config.files).toContain('dist/**/*');
    expect(pkg.main.startsWith('dist/')).toBe(true);
    expect(pkg.scripts.dist).toMatch(/scripts\/build\.mjs && electron-builder --win --config electron-builder\.yml/);
    expect(existsSync('scripts/build.mjs')).toBe(true);
  });
});

describe('the Electron runtime the installer ships', () => {
  it('is pinned to one exact version, the one the lock file installs', () => {
    const pinned = pkg.devDependencies.electron!;
    expect(pinned, 'pin an exact version: electron-builder packs whatever is installed').toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/electron']?.version).toBe(pinned);
  });

  it('is a supported major (45, current when pinned) and never downloaded by npm install', () => {
    // Raise this floor with each bump; the README's upgrade policy says when (newest three majors).
    expect(Number(pkg.devDependencies.electron!.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(pkg.allowScripts.electron).toBe(false);
    // The encrypted SQLite module compiles itself at install: its script must be allowed.
    expect(pkg.allowScripts['better-sqlite3-multiple-ciphers']).toBe(true);
  });
});

describe('electron-builder.e2e.yml (the Windows CI job\'s installer)', () => {
  it('is the release configuration with Node\'s inspector allowed (Playwright needs it) and its own output folder, nothing else', async () => {
    const release = await getConfig(process.cwd(), 'electron-builder.yml', null);
    const e2e = await getConfig(process.cwd(), 'electron-builder.e2e.yml', null);
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const { extends: parent, ...e2eOwn } = e2e;
    expect(parent).toBe('electron-builder.yml');
    expect(validate(e2eOwn), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect((e2e.electronFuses as Record<string, boolean>).enableNodeCliInspectArguments).toBe(true);
    expect((release.electronFuses as Record<string, boolean>).enableNodeCliInspectArguments).toBe(false);
    expect((e2e.directories as Record<string, string>).output).toBe('release-e2e');
    const same = (c: Record<string, unknown>) => {
      const { extends: _parent, ...rest } = structuredClone(c);
      (rest.electronFuses as Record<string, boolean>).enableNodeCliInspectArguments = false;
      delete (rest.directories as Record<string, string>).output;
      return rest;
    };
    expect(same(e2e)).toEqual(same(release));
  });
});

