import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPrinter, printUrl, uniquePath } from '../../../electron/main/print';
import { isAppUrl } from '../../../electron/main/app-origin';
import { pdfFileName } from '../../../electron/services/printer';

describe('print to PDF (Electron glue, without the binary)', () => {
  it('points the hidden window at the print view of our own bundle', () => {
    const url = printUrl({ doc: 'mandate', id: '0190-ab', largePrint: true, blank: false });
    expect(isAppUrl(url)).toBe(true);
    expect(url.endsWith('#print/mandate/0190-ab/large')).toBe(true);
    expect(printUrl({ doc: 'guide', id: 'p', largePrint: false, blank: false }).endsWith('#print/guide/p/normal')).toBe(true);
  });

  it('never overwrites an earlier copy, and names files without characters Windows refuses', () => {
    const taken = new Set([join('/d', 'a.pdf'), join('/d', 'a-2.pdf')]);
    expect(uniquePath('/d', 'a.pdf', (p) => taken.has(p))).toBe(join('/d', 'a-3.pdf'));
    expect(pdfFileName(['mandat', 'Hélène Martin: "test"', 'v1'])).toBe('mandat-Hélène-Martin-test-v1.pdf');
  });

  it('cancelling the folder picker renders and writes nothing', async () => {
    const renderPdf = vi.fn();
    const write = vi.fn();
    const printer = createPrinter({ pickFolder: async () => null, renderPdf, write });
    expect(await printer.printToPdf({ doc: 'mandate', id: 'm', largePrint: false, blank: false }, 'x.pdf')).toBeNull();
    expect(renderPdf).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });

  it('renders the print view and writes the PDF into the folder picked', async () => {
    const write = vi.fn(async () => {});
    const printer = createPrinter({ pickFolder: async () => '/home/aidant', renderPdf: async () => new Uint8Array([37, 80, 68, 70]), write, exists: () => false });
    const path = await printer.printToPdf({ doc: 'revocation', id: 'm', largePrint: false, blank: false }, 'retrait.pdf');
    expect(path).toBe(join('/home/aidant', 'retrait.pdf'));
    expect(write).toHaveBeenCalledWith(join('/home/aidant', 'retrait.pdf'), new Uint8Array([37, 80, 68, 70]));
  });
});
