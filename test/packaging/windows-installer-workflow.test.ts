import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { E2E_EXECUTABLE_ENV } from '../e2e/targets/electron-runtime';
import { E2E_TARGET_ENV } from '../e2e/targets/target';

/** The Windows job cannot run here: parse it and check that the steps it depends on are there, in order. */
interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
const workflow = load(readFileSync('.github/workflows/windows-installer.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; scripts: Record<string, string> };
const job = workflow.jobs['installer-e2e']!;
const steps = job.steps;
const indexOf = (predicate: (step: Step) => boolean, what: string) => {
  const index = steps.findIndex(predicate);
  expect(index, `step: ${what}`).toBeGreaterThanOrEqual(0);
  return index;
};
const running = (command: string) => (step: Step) => step.run?.trim() === command;

describe('.github/workflows/windows-installer.yml', () => {
  it('runs on a Windows runner, by hand and on pull requests', () => {
    expect(job['runs-on']).toMatch(/^windows-/);
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['workflow_dispatch', 'pull_request']));
  });

  it('checks out, sets up Node 22, npm ci, fetches the runtime, builds the installer — in that order', () => {
    const order = [
      indexOf((s) => s.uses?.startsWith('actions/checkout@') === true, 'checkout'),
      indexOf((s) => s.uses?.startsWith('actions/setup-node@') === true && String(s.with?.['node-version']) === '22', 'Node 22'),
      indexOf(running('npm ci'), 'npm ci'),
      indexOf(running('npm run setup:electron'), 'setup:electron'),
      indexOf(running('npm run dist:e2e'), 'dist:e2e'),
      indexOf(running('npm rebuild better-sqlite3-multiple-ciphers'), 'better-sqlite3-multiple-ciphers back to Node'),
      indexOf((s) => s.id === 'install', 'install'),
      indexOf((s) => s.run?.trim() === 'npx playwright test', 'e2e'),
      indexOf((s) => /Uninstall/.test(s.name ?? ''), 'uninstall'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the scripts it calls exist; dist:e2e is dist with the e2e configuration only', () => {
    expect(pkg.scripts['setup:electron']).toBe('node node_modules/electron/install.js');
    expect(pkg.scripts['dist:e2e']).toBe(pkg.scripts.dist!.replace('electron-builder.yml', 'electron-builder.e2e.yml'));
  });

  it('installs silently for the user from the e2e build, and finds the app where per-user NSIS puts it', () => {
    const install = steps.find((s) => s.id === 'install')!.run!;
    expect(install).toContain("Get-ChildItem release-e2e -Filter '*Setup*.exe'");
    expect(install).toContain("-ArgumentList '/S' -Wait");
    // %LOCALAPPDATA%\Programs\<package.json name>: derived, not typed, so a rename cannot silently break it.
    expect(install).toMatch(/\$env:LOCALAPPDATA "Programs\\\$name"/);
    expect(install).toContain('ConvertFrom-Json).name');
    expect(pkg.name).toMatch(/^[a-z0-9-]+$/);
    expect(install).toContain(`"${E2E_EXECUTABLE_ENV}=$($exe.FullName)" | Out-File -FilePath $env:GITHUB_ENV`);
  });

  it('runs the e2e suite against that app, the variable names being the ones the fixture reads', () => {
    const e2e = steps.find((s) => s.run?.trim() === 'npx playwright test')!;
    expect(e2e.env).toEqual({ [E2E_TARGET_ENV]: 'electron' });
  });

  it('always uninstalls silently once installed, and uploads artifacts only on failure', () => {
    const uninstall = steps.find((s) => /Uninstall/.test(s.name ?? ''))!;
    expect(uninstall.if).toBe("always() && steps.install.outcome == 'success'");
    expect(uninstall.run).toContain("-Filter 'Uninstall *.exe'");
    expect(uninstall.run).toContain("-ArgumentList '/S' -Wait");
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toBe('failure()');
    expect(String(upload.with?.path)).toContain('test-results/');
    expect(steps.indexOf(upload)).toBe(steps.length - 1);
  });
});
