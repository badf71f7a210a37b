import type { MandateView, PrintDoc } from '../../../../shared/mandate/calls';
import { associationFromSettings } from '../../../../shared/mandate/association';
import { consentDate } from '../../../../shared/mandate/consent-date';
import type { IsoDate } from '../../../../shared/mandate/dates';
import type { TextDocument } from '../../../../shared/mandate/document';
import { largePrintGuide, type LargePrintGuide } from '../../../../shared/mandate/rehearsal';
import { revocationText } from '../../../../shared/mandate/revocation-text';
import { activeScopeItems } from '../../../../shared/mandate/status';
import { mandateText } from '../../../../shared/mandate/text';
import type { Person } from '../../../../shared/persons/schema';
import type { Settings } from '../../../../shared/settings/schema';

export type Printable = { kind: 'text'; doc: TextDocument; view: MandateView | null; personId: string } | { kind: 'guide'; guide: LargePrintGuide; personId: string };

/**
 * The withdrawal form: the latest withdrawal recorded, as it was received (by phone, or signed),
 * or, when `blank` or nothing is recorded yet, a form to fill in by hand, each action in force
 * with a box. It names the association of the mandate (its copy from the signature), or of the
 * settings for a mandate signed before mandates kept one.
 */
function revocationDoc(v: MandateView, settings: Settings, blank: boolean, today: IsoDate): TextDocument {
  const m = v.mandate;
  const common = {
    personName: m.personName,
    helperName: m.helperName,
    association: m.association ?? associationFromSettings(settings),
    mandateSignedOn: consentDate(m.consent),
    attestationHash: m.attestationHash,
  };
  const last = m.revocations.at(-1);
  if (blank || !last) return revocationText({ kind: 'blank', ...common, inForce: activeScopeItems(m, today).map((i) => i.label) });
  return revocationText({
    kind: 'recorded',
    ...common,
    withdrawn: last.scope === 'whole' ? 'whole' : [m.scopeItems.find((i) => i.id === last.itemId)?.label ?? last.itemId],
    date: last.date,
    time: last.time,
    channel: last.channel,
    reason: last.reason,
    place: m.place,
  });
}

/** The guide is about a person (read for their id); the mandate and the revocation form, about a mandate. */
export function guidePrintable(person: Person, settings: Settings, helperName: string): Printable {
  return { kind: 'guide', guide: largePrintGuide({ helperName, association: associationFromSettings(settings) }), personId: person.id };
}

export function mandatePrintable(doc: Exclude<PrintDoc, 'guide'>, view: MandateView, settings: Settings, options: { blank: boolean; today: IsoDate }): Printable {
  const text = doc === 'mandate' ? mandateText(view.mandate, { today: options.today }) : revocationDoc(view, settings, options.blank, options.today);
  return { kind: 'text', doc: text, view, personId: view.mandate.personId };
}
