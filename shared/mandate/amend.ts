import type { Result } from '../ipc/result';
import { foldForSearch } from '../text/normalize';
import { findCatalogueEntry } from './catalogue';
import { createMandate, type MandateMeta } from './create';
import type { IsoDate } from './dates';
import type { Mandate, MandateDraftInput, ScopeItemInput, ValidityInput } from './schema';
import { activeScopeItems } from './status';

/**
 * Amendments. A mandate on which consent was recorded is never edited: a change of scope
 * or dates is a new version whose `supersedes` points at the previous one. The previous
 * one is kept untouched (it still proves what earlier sessions were allowed to do) and
 * only counts as superseded once the new version is signed (see status.ts).
 */

export interface AmendmentRequest {
  today: IsoDate;
  /** Follow-up requests noted during sessions (the scope guard's « hors mandat » list). */
  extraItems?: readonly ScopeItemInput[];
}

/**
 * A draft form pre-filled from `previous`: the actions still in force (withdrawn ones are
 * dropped, the person said no to them), plus the extra requests not already listed.
 * The end date is kept while it is still ahead, since an amendment usually widens the
 * scope rather than the duration; an ended mandate is renewed for the same span as before.
 */
export function startAmendment(previous: Mandate, request: AmendmentRequest): MandateDraftInput {
  const kept: ScopeItemInput[] = activeScopeItems(previous, request.today).map((item) =>
    item.catalogueId ? { catalogueId: item.catalogueId, label: item.label } : { label: item.label },
  );
  const scopeItems = [...kept];
  for (const extra of request.extraItems ?? []) {
    if (!alreadyListed(scopeItems, extra)) scopeItems.push({ ...extra });
  }
  return {
    personId: previous.personId,
    helperName: previous.helperName,
    scopeItems,
    exclusions: [...previous.exclusions],
    tools: [...previous.tools],
    validity: amendedValidity(previous, request.today),
    sessionMinutes: previous.sessionMinutes,
    place: previous.place,
    ...(previous.purpose ? { purpose: previous.purpose } : {}),
    ...(previous.dataSeen ? { dataSeen: previous.dataSeen } : {}),
  };
}

function alreadyListed(items: readonly ScopeItemInput[], candidate: ScopeItemInput): boolean {
  const label = foldForSearch(candidate.label);
  // Procedure categories may repeat with different labels; a computer task may not.
  const isTask = candidate.catalogueId !== undefined && findCatalogueEntry(candidate.catalogueId)?.kind === 'task';
  return items.some((item) => foldForSearch(item.label) === label || (isTask && item.catalogueId === candidate.catalogueId));
}

function amendedValidity(previous: Mandate, today: IsoDate): ValidityInput {
  const { start, end, preset } = previous.validity;
  if (end >= today) return { kind: 'dates', start: start > today ? start : today, end };
  return { kind: 'preset', preset: preset ?? '1y', start: today };
}

/** Creates the new version from the (edited) amendment form; `previous` is left as it was. */
export function amendMandate(previous: Mandate, input: MandateDraftInput, meta: Omit<MandateMeta, 'previous'>): Result<Mandate> {
  return createMandate(input, { ...meta, previous });
}
