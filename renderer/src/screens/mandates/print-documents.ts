import type { MandateView, PrintDoc } from '../../../../shared/mandate/calls';
import { consentDate } from '../../../../shared/mandate/consent';
import type { TextDocument } from '../../../../shared/mandate/document';
import { largePrintGuide, type LargePrintGuide } from '../../../../shared/mandate/rehearsal';
import type { Person } from '../../../../shared/persons/schema';
import type { Settings } from '../../../../shared/settings/schema';
import { mandateText, revocationText } from '../../../../shared/mandate/text';

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

/** The guide is about a person (read for their id); the mandate and the revocation form, about a mandate. */
export function guidePrintable(person: Person, settings: Settings, helperName: string): Printable {
  return { kind: 'guide', guide: largePrintGuide({ helperName, associationName: settings.associationName }), personId: person.id };
}

export function mandatePrintable(doc: Exclude<PrintDoc, 'guide'>, view: MandateView): Printable {
  const text = doc === 'mandate' ? mandateText(view.mandate) : revocationDoc(view);
  return { kind: 'text', doc: text, view, personId: view.mandate.personId };
}
