import type { Mandate, MandateDraftInput } from '../../../../shared/mandate/schema';

/** A stored draft back into the form's shape, so editing it goes through the same schema. */
export function draftFromMandate(m: Mandate): MandateDraftInput {
  return {
    personId: m.personId,
    helperName: m.helperName,
    scopeItems: m.scopeItems.map((i) => (i.catalogueId ? { catalogueId: i.catalogueId, label: i.label } : { label: i.label })),
    exclusions: [...m.exclusions],
    tools: [...m.tools],
    validity: m.validity.preset ? { kind: 'preset', preset: m.validity.preset, start: m.validity.start } : { kind: 'dates', start: m.validity.start, end: m.validity.end },
    sessionMinutes: m.sessionMinutes,
    place: m.place,
    ...(m.purpose ? { purpose: m.purpose } : {}),
    ...(m.dataSeen ? { dataSeen: m.dataSeen } : {}),
  };
}
