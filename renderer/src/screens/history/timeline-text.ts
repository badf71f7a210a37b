import type { TFunction } from 'i18next';
import type { TimelineEntry } from '../../../../shared/history/calls';
import { stepTitle } from '../../../../shared/session/step-guides';
import { isStepId } from '../../../../shared/session/step-ids';
import { messageText } from '../../i18n/messages';
import { formatWhen } from './format';

/**
 * One sentence per logged event, in the helper's language. The service gives plain values
 * (ids, statuses, texts typed by the helper); the words around them come from the catalogue.
 */
export function describeEvent(entry: TimelineEntry, t: TFunction, language: string): string {
  const d = entry.details;
  const str = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
  const step = () => (isStepId(str('step')) ? messageText(stepTitle(str('step') as never), language) : str('step'));
  const mandate = () => t(`history.mandateStatus.${str('mandateStatus')}`, { defaultValue: str('mandateStatus') });
  switch (entry.type) {
    case 'session_started':
    case 'mandate_checked':
      return t(`history.event.${entry.type}`, { status: mandate() });
    case 'mandate_overridden':
      return t('history.event.mandate_overridden', { reason: str('reason') });
    case 'helper_chosen':
      return str('helper.quickAssistName')
        ? t('history.event.helper_chosen_qa', { name: str('helper.name'), quickAssistName: str('helper.quickAssistName') })
        : t('history.event.helper_chosen', { name: str('helper.name') });
    case 'plan_set':
      return t('history.event.plan_set', { items: str('items') });
    case 'step_entered':
      return str('reason') ? t('history.event.step_entered_reason', { step: step(), reason: str('reason') }) : t('history.event.step_entered', { step: step() });
    case 'step_skipped':
      return t('history.event.step_skipped', { step: step(), reason: str('reason') });
    case 'code_generated':
      return t('history.event.code_generated', { deadline: typeof d.deadline === 'number' ? formatWhen(d.deadline, language, 'time') : '' });
    case 'point_said':
      return t('history.event.point_said', { step: step() });
    case 'note_added':
    case 'followup_requested':
      return t(`history.event.${entry.type}`, { text: str('text') });
    case 'checklist_changed': {
      const params = { label: str('scopeLabel'), status: t(`history.checklist.${str('status')}`, { defaultValue: str('status') }), note: str('note') };
      return t(params.note ? 'history.event.checklist_changed_note' : 'history.event.checklist_changed', params);
    }
    case 'scope_checked': {
      const params = { request: str('request'), verdict: t(`history.verdict.${str('verdict')}`, { defaultValue: str('verdict') }), decision: str('decision') };
      return t(params.decision ? 'history.event.scope_checked_decision' : 'history.event.scope_checked', params);
    }
    case 'hygiene_checked': {
      const item = t(`history.hygieneItem.${str('itemId')}`, { defaultValue: str('itemId') });
      return t(d.checked === false ? 'history.event.hygiene_unchecked' : 'history.event.hygiene_checked', { item });
    }
    case 'session_closed': {
      const outcome = t(`history.outcomes.${str('outcome')}`, { defaultValue: str('outcome') });
      return str('reason') ? t('history.event.session_closed_reason', { outcome, reason: str('reason') }) : t('history.event.session_closed', { outcome });
    }
    case 'code_box_ready':
    case 'code_expired':
    case 'code_cleared':
    case 'control_granted':
    case 'control_ended':
      return t(`history.event.${entry.type}`);
    default:
      return t('history.event.unknown', { type: entry.type });
  }
}
