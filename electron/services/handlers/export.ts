import { dossierRoute, type exportCalls } from '../../../shared/export/calls';
import type { AppContext } from '../context';
import { createPersonExportService } from '../person-export';
import { pdfFileName } from './mandates';
import type { HandlersFor } from './types';

export function exportHandlers(ctx: AppContext): HandlersFor<typeof exportCalls> {
  const exporter = createPersonExportService(ctx);
  return {
    getPersonExport: ({ personId }) => exporter.build(personId),
    exportPersonToFolder: ({ personId, folder }) => exporter.toFolder(personId, folder),
    printPersonExportToPdf: async ({ personId }) => {
      if (!ctx.printer?.printRouteToPdf) return { native: false, path: null };
      const name = pdfFileName(['dossier', ctx.persons.get(personId).name]);
      return { native: true, path: await ctx.printer.printRouteToPdf(dossierRoute(personId), name) };
    },
  };
}
