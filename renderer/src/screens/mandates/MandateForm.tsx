import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { COMPUTER_TASKS, DEFAULT_EXCLUSIONS, PROCEDURE_CATEGORIES, TOOLS, type CatalogueEntry } from '../../../../shared/mandate/catalogue';
import type { MandateDraftInput, ScopeItemInput } from '../../../../shared/mandate/schema';
import { VALIDITY_PRESETS, type ValidityPreset } from '../../../../shared/mandate/validity';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { saveMandateDraft } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { FreeList } from './FreeList';
import { useMessage } from '../../i18n/messages';

const DEFAULT_EXCLUSION_LABELS = DEFAULT_EXCLUSIONS.map((e) => e.label);
const TOOL_LABELS = TOOLS.map((e) => e.label);

/** The draft form: the catalogue to tick, free lines, validity, session length, place and purpose. */
export function MandateForm({ initial, mandateId }: { initial: MandateDraftInput; mandateId: string | null }) {
  const { t } = useTranslation();
  const text = useMessage();
  const go = useNavStore((s) => s.go);
  const [draft, setDraft] = useState<MandateDraftInput>(initial);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const set = (patch: Partial<MandateDraftInput>) => setDraft((d) => ({ ...d, ...patch }));
  const fieldError = (prefix: string) => Object.entries(error?.fields ?? {}).find(([k]) => k === prefix || k.startsWith(`${prefix}.`))?.[1];

  const fromCatalogue = draft.scopeItems.filter((i) => i.catalogueId);
  const freeItems = draft.scopeItems.filter((i) => !i.catalogueId).map((i) => i.label);
  const toggleEntry = (entry: CatalogueEntry, on: boolean) => {
    const items: ScopeItemInput[] = on ? [...draft.scopeItems, { catalogueId: entry.id, label: entry.label }] : draft.scopeItems.filter((i) => i.catalogueId !== entry.id);
    set({ scopeItems: items });
  };
  const setFree = (labels: string[]) => set({ scopeItems: [...fromCatalogue, ...labels.map((label) => ({ label }))] });
  const toggleIn = (key: 'exclusions' | 'tools', label: string, on: boolean) =>
    set({ [key]: on ? [...draft[key], label] : draft[key].filter((x) => x !== label) } as Partial<MandateDraftInput>);
  const validity = draft.validity;
  const kind = validity.kind === 'preset' ? validity.preset : 'dates';
  const setKind = (value: ValidityPreset | 'dates') =>
    set({ validity: value === 'dates' ? { kind: 'dates', start: validity.start, end: validity.kind === 'dates' ? validity.end : validity.start } : { kind: 'preset', preset: value, start: validity.start } });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await saveMandateDraft(mandateId, draft);
    if (!r.ok) return setError(r.error);
    go({ name: 'person', personId: draft.personId });
  }

  const checkbox = (key: string, label: string, checked: boolean, onChange: (on: boolean) => void) => (
    <div className="check" key={key}>
      <input type="checkbox" id={`c-${key}`} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={`c-${key}`}>{label}</label>
    </div>
  );

  return (
    <form className="mandate-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="mandate-form-title">
      <h1 id="mandate-form-title">{mandateId ? t('mandates.form.editTitle') : t('mandates.form.newTitle')}</h1>
      <ErrorMessage error={error} />
      <fieldset>
        <legend>{t('mandates.form.parties')}</legend>
        <Field label={t('mandates.form.helperName')} error={fieldError('helperName')}>
          {(p) => <input {...p} value={draft.helperName} onChange={(e) => set({ helperName: e.target.value })} />}
        </Field>
        <Field label={t('mandates.form.associationName')} error={fieldError('associationName')}>
          {(p) => <input {...p} value={draft.associationName} onChange={(e) => set({ associationName: e.target.value })} />}
        </Field>
      </fieldset>
      <fieldset aria-describedby={fieldError('scopeItems') ? 'scope-error' : undefined}>
        <legend>{t('mandates.form.scope')}</legend>
        {fieldError('scopeItems') && (
          <p className="field-error" id="scope-error">
            {text(fieldError('scopeItems')!)}
          </p>
        )}
        <fieldset>
          <legend>{t('mandates.form.tasks')}</legend>
          {COMPUTER_TASKS.map((entry) => checkbox(entry.id, entry.label, fromCatalogue.some((i) => i.catalogueId === entry.id), (on) => toggleEntry(entry, on)))}
        </fieldset>
        <fieldset>
          <legend>{t('mandates.form.procedures')}</legend>
          {PROCEDURE_CATEGORIES.map((entry) => checkbox(entry.id, entry.label, fromCatalogue.some((i) => i.catalogueId === entry.id), (on) => toggleEntry(entry, on)))}
        </fieldset>
        <fieldset>
          <legend>{t('mandates.form.freeItems')}</legend>
          <FreeList inputLabel={t('mandates.form.freeItem')} items={freeItems} onChange={setFree} />
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('mandates.form.exclusions')}</legend>
        {DEFAULT_EXCLUSIONS.map((x) => checkbox(x.id, x.label, draft.exclusions.includes(x.label), (on) => toggleIn('exclusions', x.label, on)))}
        <FreeList
          inputLabel={t('mandates.form.otherExclusion')}
          items={draft.exclusions.filter((x) => !DEFAULT_EXCLUSION_LABELS.includes(x))}
          onChange={(free) => set({ exclusions: [...draft.exclusions.filter((x) => DEFAULT_EXCLUSION_LABELS.includes(x)), ...free] })}
        />
        {fieldError('exclusions') && <p className="field-error">{text(fieldError('exclusions')!)}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('mandates.form.tools')}</legend>
        {TOOLS.map((x) => checkbox(x.id, x.label, draft.tools.includes(x.label), (on) => toggleIn('tools', x.label, on)))}
        <FreeList
          inputLabel={t('mandates.form.otherTool')}
          items={draft.tools.filter((x) => !TOOL_LABELS.includes(x))}
          onChange={(free) => set({ tools: [...draft.tools.filter((x) => TOOL_LABELS.includes(x)), ...free] })}
        />
        {fieldError('tools') && <p className="field-error">{text(fieldError('tools')!)}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('mandates.form.validity')}</legend>
        {[...VALIDITY_PRESETS, 'dates' as const].map((value) => (
          <div className="check" key={value}>
            <input type="radio" name="validity" id={`v-${value}`} checked={kind === value} onChange={() => setKind(value)} />
            <label htmlFor={`v-${value}`}>{t(`mandates.form.preset.${value}`)}</label>
          </div>
        ))}
        <Field label={t('mandates.form.start')} error={fieldError('validity.start')}>
          {(p) => <input {...p} type="date" value={validity.start} onChange={(e) => set({ validity: { ...validity, start: e.target.value } })} />}
        </Field>
        {validity.kind === 'dates' && (
          <Field label={t('mandates.form.end')} error={fieldError('validity.end')}>
            {(p) => <input {...p} type="date" value={validity.end} onChange={(e) => set({ validity: { ...validity, end: e.target.value } })} />}
          </Field>
        )}
      </fieldset>
      <Field label={t('mandates.form.sessionMinutes')} error={fieldError('sessionMinutes')}>
        {(p) => <input {...p} type="number" min={5} max={480} step={5} value={draft.sessionMinutes} onChange={(e) => set({ sessionMinutes: Number(e.target.value) })} />}
      </Field>
      <Field label={t('mandates.form.place')} error={fieldError('place')}>
        {(p) => <input {...p} value={draft.place} onChange={(e) => set({ place: e.target.value })} />}
      </Field>
      <Field label={t('mandates.form.purpose')} hint={t('mandates.form.purposeHint')} error={fieldError('purpose')}>
        {(p) => <textarea {...p} rows={3} value={draft.purpose ?? ''} onChange={(e) => set({ purpose: e.target.value })} />}
      </Field>
      <Field label={t('mandates.form.dataSeen')} hint={t('mandates.form.dataSeenHint')} error={fieldError('dataSeen')}>
        {(p) => <textarea {...p} rows={3} value={draft.dataSeen ?? ''} onChange={(e) => set({ dataSeen: e.target.value })} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('mandates.form.save')}
        </button>
        <button type="button" onClick={() => go({ name: 'person', personId: draft.personId })}>
          {t('mandates.cancel')}
        </button>
      </div>
    </form>
  );
}
