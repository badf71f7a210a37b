import type { PrintTarget } from '../../shared/mandate/calls';

/**
 * What the services may ask of the desktop to print a document to PDF. Electron's main
 * provides it (electron/main/print.ts: hidden window, printToPDF, folder picker); browser
 * mode has none, so the call reports `native: false` and the renderer opens the browser's
 * own print dialog, where « Enregistrer au format PDF » lets the helper pick the folder.
 */
export interface Printer {
  /** Resolves to the saved file's path, or null when the helper cancelled the folder picker. */
  printToPdf(target: Required<PrintTarget>, fileName: string): Promise<string | null>;
  /** The same for another print view of the renderer, named by its location hash (without '#'). */
  printRouteToPdf?(route: string, fileName: string): Promise<string | null>;
}

/** A file name without characters Windows refuses, e.g. « mandat-Hélène-Martin-v1.pdf ». */
export function pdfFileName(parts: string[]): string {
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-')}.pdf`;
}
