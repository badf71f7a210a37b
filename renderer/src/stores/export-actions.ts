import type { Result } from '../../../shared/ipc/result';
import type { PathChoice } from '../../../shared/paths/path-choice';
import { api } from '../bridge';
import { downloadJson } from './download';

export type PrintOutcome = { printed: 'pdf'; path: string | null } | { printed: 'dialog' };

/** Right of access: the person's file written as JSON into a folder the helper chooses (a USB key); value null: dialog closed. */
export const exportPersonToFolder = (personId: string, folder: PathChoice) => api().exportPersonToFolder({ personId, folder });

/** Browser mode: the same JSON handed to the browser's download; resolves to the file's name. */
export async function downloadPersonExport(personId: string): Promise<Result<string>> {
  const r = await api().getPersonExport({ personId });
  if (!r.ok) return r;
  downloadJson(r.value.document, r.value.fileName);
  return { ok: true, value: r.value.fileName };
}

/**
 * Electron prints the dossier to a PDF in a folder the helper picks (path null: cancelled);
 * browser mode has no such printer and opens the browser's print dialog instead.
 */
export async function printDossier(personId: string): Promise<PrintOutcome> {
  const r = await api().printPersonExportToPdf({ personId });
  if (r.ok && r.value.native) return { printed: 'pdf', path: r.value.path };
  window.print();
  return { printed: 'dialog' };
}
