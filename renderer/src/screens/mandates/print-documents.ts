import type { MandateView, PrintDoc } from '../../../../shared/mandate/calls';
import { consentDate } from '../../../../shared/mandate/consent';
import type { TextDocument } from '../../../../shared/mandate/document';
import { largePrintGuide, type LargePrintGuide } from '../../../../shared/mandate/rehearsal';
import type { Person } from '../../../../shared/persons/schema';
import type { Settings } from '../../../../shared/settings/schema';
import { mandateText, revocationText } from '../../../../shared/mandate/text';
import { api } from '../../bridge';

export type Printable = { kind: 'text'; doc: TextDocument; view: MandateView | null; personId: string } | { kind: 'guide'; guide: LargePrintGuide; personId: string };

/**
 * The revocation form names the latest withdrawal when there is one; otherwise it is printed
 * blank, to be filled in by hand with the person.
 */
function revocationDoc(v: MandateView): TextDocument {
  const m = v.mandate;
  const last = m.revocations.at(-1);
  const withdrawn = !last || last.scope === 'whole' ? 'whole' : [m.scopeItems.find((i) => i.id === last.itemId)?.label ?? last.itemId];
  return revocationText({
    personName: m.personName,
    helperName: m.helperName,
    associationName: m.associationName,
    mandateSignedOn: consentDate(m.consent),
    attestationHash: m.attestationHash,
    withdrawn,
    ...(last ? { date: last.date, reason: last.reason, place: m.place } : {}),
  });
}

export async function loadPrintable(doc: PrintDoc, id: string, settings: Settings): Promise<{ ok: true; value: Printable } | { ok: false; error: import('../../../../shared/ipc/result').AppErrorValue }> {
  if (doc === 'guide') {
    const r = await api().getPerson({ id });
    if (!r.ok) return r;
    const person: Person = r.value;
    return { ok: true, value: { kind: 'guide', guide: largePrintGuide({ helperName: settings.helperName, associationName: settings.associationName }), personId: person.id } };
  }
  const r = await api().getMandate({ id });
  if (!r.ok) return r;
  const text = doc === 'mandate' ? mandateText(r.value.mandate) : revocationDoc(r.value);
  return { ok: true, value: { kind: 'text', doc: text, view: r.value, personId: r.value.mandate.personId } };
}
