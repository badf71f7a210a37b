import type { TFunction } from 'i18next';
import type { ExportedEvent } from '../../../../shared/export/calls';
import { formatFrenchDate, parisDate } from '../../../../shared/mandate/dates';
import { HYGIENE_ITEMS } from '../../../../shared/session/hygiene';
import { isStepId } from '../../../../shared/session/step-ids';
import { stepTitle } from '../../../../shared/session/step-guides';
import { messageText } from '../../i18n/messages';

/**
 * Dates of the readable file. Days are Paris calendar days, as on the mandate; French
 * is written the way a French document writes it (« 1er mars 2026 à 14:05 »).
 */
const english = (lang: string) => lang.startsWith('en');

export function formatDay(day: string, lang: string): string {
  if (!english(lang)) return formatFrenchDate(day);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function formatTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(english(lang) ? 'en-GB' : 'fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
}

export function formatInstant(iso: string, lang: string): string {
  return `${formatDay(parisDate(iso), lang)}${english(lang) ? ', ' : ' à '}${formatTime(iso, lang)}`;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const step = (value: unknown, lang: string) => (isStepId(value) ? messageText(stepTitle(value), lang) : text(value));
const hygieneLabel = (id: unknown, lang: string) => {
  const item = HYGIENE_ITEMS.find((i) => i.id === id);
  return item ? messageText({ key: item.short }, lang) : text(id);
};

/** One plain line per session event, from its stored data; an unknown type is still shown, by name. */
export function describeEvent(e: ExportedEvent, t: TFunction, lang: string): string {
  const d = e.data;
  switch (e.type) {
    case 'session_started':
    case 'mandate_checked':
      return t(`personExport.event.${e.type}`, { status: t(`personExport.checkStatus.${text(d.mandateStatus) || 'none'}`) });
    case 'mandate_overridden':
      return t('personExport.event.mandate_overridden', { reason: text(d.reason) });
    case 'helper_chosen':
      return t('personExport.event.helper_chosen', { name: text((d.helper as { name?: unknown } | undefined)?.name) });
    case 'plan_set':
      return t('personExport.event.plan_set', { items: Array.isArray(d.items) ? d.items.map((i: { label?: unknown }) => text(i?.label)).join(', ') : '' });
    case 'step_entered':
      return t('personExport.event.step_entered', { step: step(d.step, lang) });
    case 'step_skipped':
      return t('personExport.event.step_skipped', { step: step(d.step, lang), reason: text(d.reason) });
    case 'note_added':
    case 'followup_requested':
      return t(`personExport.event.${e.type}`, { text: text(d.text) });
    case 'checklist_changed':
      return t('personExport.event.checklist_changed', { label: text(d.scopeLabel), status: t(`session.checklist.${text(d.status)}`) });
    case 'scope_checked':
      return t('personExport.event.scope_checked', { request: text(d.request), verdict: t(`personExport.verdict.${text(d.verdict)}`) });
    case 'hygiene_checked':
      return t('personExport.event.hygiene_checked', {
        label: hygieneLabel(d.itemId, lang),
        value: t(d.checked ? 'personExport.event.hygieneYes' : 'personExport.event.hygieneNo'),
      });
    case 'session_closed':
      return text(d.reason)
        ? t('personExport.event.session_closed_reason', { outcome: t(`session.outcome.${text(d.outcome)}`), reason: text(d.reason) })
        : t('personExport.event.session_closed', { outcome: t(`session.outcome.${text(d.outcome)}`) });
    case 'code_box_ready':
    case 'code_generated':
    case 'code_expired':
    case 'code_cleared':
    case 'control_granted':
    case 'control_ended':
    case 'point_said':
    case 'tombstone':
      return t(`personExport.event.${e.type}`);
    default:
      return t('personExport.event.other', { type: e.type });
  }
}
