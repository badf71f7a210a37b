import { PRINT_DOCS, type PrintDoc } from '../../../shared/mandate/print-docs';

export type StartRoute = { name: 'persons' } | { name: 'print'; doc: PrintDoc; id: string; largePrint: boolean; blank: boolean } | { name: 'dossier'; personId: string };

/**
 * Where a start lands, from the address's hash. Electron prints a document by loading the app in
 * a hidden window at '#print/<doc>/<id>/<large|normal>[/blank]' (electron/main/print.ts) and the
 * right-of-access file at '#dossier/<personId>' (shared/export/calls.ts, dossierRoute); any other
 * start shows the list of persons, or the session left open.
 */
export function startRoute(hash: string): StartRoute {
  const [name, doc, id, size, variant] = hash.replace(/^#/, '').split('/');
  if (name === 'print' && PRINT_DOCS.includes(doc as PrintDoc) && id) return { name: 'print', doc: doc as PrintDoc, id: decodeURIComponent(id), largePrint: size === 'large', blank: variant === 'blank' };
  if (name === 'dossier' && doc) return { name: 'dossier', personId: decodeURIComponent(doc) };
  return { name: 'persons' };
}
