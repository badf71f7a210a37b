import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, parse } from 'node:path';
import type { PrintTarget } from '../../shared/mandate/calls';
import type { Printer } from '../services/printer';
import { APP_ENTRY_URL } from './app-origin';

/** The renderer's print view (see renderer/src/stores/nav-store.ts, initialView). */
export function printUrl(target: Required<PrintTarget>): string {
  return `${APP_ENTRY_URL}#print/${target.doc}/${encodeURIComponent(target.id)}/${target.largePrint ? 'large' : 'normal'}${target.blank ? '/blank' : ''}`;
}

/** A path in `folder` that does not exist yet: a printed copy never overwrites an earlier one. */
export function uniquePath(folder: string, fileName: string, exists: (p: string) => boolean = existsSync): string {
  const { name, ext } = parse(fileName);
  let candidate = join(folder, fileName);
  for (let n = 2; exists(candidate); n++) candidate = join(folder, `${name}-${n}${ext}`);
  return candidate;
}

/** What the printer needs from Electron, injected so the sequence is testable without the binary. */
export interface PrintDeps {
  /** dialog.showOpenDialog with openDirectory; null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Loads `url` in a hidden window, waits for the print view, returns the PDF bytes; always closes the window. */
  renderPdf(url: string): Promise<Uint8Array>;
  write?(path: string, data: Uint8Array): Promise<void>;
  exists?(path: string): boolean;
}

export function createPrinter(deps: PrintDeps): Printer {
  async function print(url: string, fileName: string) {
    // Ask for the folder first: cancelling must cost nothing and record nothing.
    const folder = await deps.pickFolder();
    if (!folder) return null;
    const pdf = await deps.renderPdf(url);
    const path = uniquePath(folder, fileName, deps.exists);
    await (deps.write ?? writeFile)(path, pdf);
    return path;
  }
  return {
    printToPdf: (target, fileName) => print(printUrl(target), fileName),
    printRouteToPdf: (route, fileName) => print(`${APP_ENTRY_URL}#${route}`, fileName),
  };
}
