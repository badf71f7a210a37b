import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { associationFromSettings, missingForSigning } from '../../../../shared/mandate/association';
import { COMPUTER_TASKS, DEFAULT_EXCLUSIONS, findCatalogueEntry, TOOLS, type CatalogueEntry } from '../../../../shared/mandate/catalogue';
import type { MandateDraftInput, ScopeItemInput } from '../../../../shared/mandate/schema';
import { VALIDITY_PRESETS, type ValidityPreset } from '../../../../shared/mandate/validity';
import { Field } from '../../components/Field';
import { fieldError, fieldErrorUnder, FormErrorSummary, useFocusFirstError } from '../../components/FormErrors';
import { useMessage } from '../../i18n/messages';
import { saveMandateDraft } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { useSettingsStore } from '../../stores/settings-store';
import { EditableLines, type Line } from './EditableLines';
import { ProcedurePicker } from './ProcedurePicker';

const DEFAULT_EXCLUSION_LABELS = DEFAULT_EXCLUSIONS.map((e) => e.label);
const TOOL_LABELS = TOOLS.map((e) => e.label);

type Kind = 'task' | 'procedure' | 'free';
const kindOf = (item: ScopeItemInput): Kind => (item.catalogueId ? (findCatalogueEntry(item.catalogueId)?.kind ?? 'free') : 'free');

/**
 * The draft form: computer tasks to tick, precise procedures (category, procedure, site), other
 * precise actions, exclusions, tools, validity, session length, place and purpose. A refused save
 * shows each message beside its field, a summary beside the button, and puts the focus on the
 * first field in error.
 */
export function MandateForm({ initial, mandateId }: { initial: MandateDraftInput; mandateId: string | null }) {
  const { t } = useTranslation();
  const text = useMessage();
  const go = useNavStore((s) => s.go);
  const settings = useSettingsStore((s) => s.settings);
  const [draft, setDraft] = useState<MandateDraftInput>(initial);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);
  const set = (patch: Partial<MandateDraftInput>) => setDraft((d) => ({ ...d, ...patch }));
  const at = (path: string) => fieldError(error, path);
  const itemError = (index: number) => at(`scopeItems.${index}.label`) ?? at(`scopeItems.${index}.catalogueId`) ?? at(`scopeItems.${index}`);
  const association = associationFromSettings(settings);
  const associationMissing = missingForSigning(association).length > 0;

  const indexed = draft.scopeItems.map((item, index) => ({ item, index, kind: kindOf(item) }));
  const procedures = indexed.filter((x) => x.kind === 'procedure');
  const free: Line[] = indexed.filter((x) => x.kind === 'free').map((x) => ({ index: x.index, value: x.item.label }));
  const setItems = (scopeItems: ScopeItemInput[]) => set({ scopeItems });
  const editItem = (index: number, label: string) => setItems(draft.scopeItems.map((item, i) => (i === index ? { ...item, label } : item)));
  const removeItem = (index: number) => setItems(draft.scopeItems.filter((_, i) => i !== index));
  const toggleTask = (entry: CatalogueEntry, on: boolean) =>
    setItems(on ? [...draft.scopeItems, { catalogueId: entry.id, label: entry.label }] : draft.scopeItems.filter((i) => i.catalogueId !== entry.id));

  // Exclusions and tools: the usual ones as boxes, the others as lines, all in one array.
  const linesOf = (key: 'exclusions' | 'tools', usual: string[]): Line[] =>
    draft[key].flatMap((value, index) => (usual.includes(value) ? [] : [{ index, value }]));
  const editIn = (key: 'exclusions' | 'tools', index: number, value: string) => set({ [key]: draft[key].map((x, i) => (i === index ? value : x)) } as Partial<MandateDraftInput>);
  const removeIn = (key: 'exclusions' | 'tools', index: number) => set({ [key]: draft[key].filter((_, i) => i !== index) } as Partial<MandateDraftInput>);
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

  /** A box of a list; `invalid` marks it for a message about the whole group (described by `groupErrorId`). */
  const checkbox = (key: string, label: string, checked: boolean, onChange: (on: boolean) => void, invalid?: { errorId: string }) => (
    <div className="check" key={key}>
      <input
        type="checkbox"
        id={`c-${key}`}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        {...(invalid ? { 'aria-invalid': true, 'aria-describedby': invalid.errorId } : {})}
      />
      <label htmlFor={`c-${key}`}>{label}</label>
    </div>
  );
  const groupError = (errorId: string, message: ReturnType<typeof at>) =>
    message && (
      <p className="field-error" id={errorId}>
        {text(message)}
      </p>
    );

  const scopeGroup = at('scopeItems');
  const exclusionsGroup = at('exclusions');
  const toolsGroup = at('tools');
  return (
    <form className="mandate-form" ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="mandate-form-title">
      <h1 id="mandate-form-title">{mandateId ? t('mandates.form.editTitle') : t('mandates.form.newTitle')}</h1>
      <fieldset>
        <legend>{t('mandates.form.parties')}</legend>
        <Field label={t('mandates.form.helperName')} error={at('helperName')}>
          {(p) => <input {...p} value={draft.helperName} onChange={(e) => set({ helperName: e.target.value })} />}
        </Field>
        <p>
          <strong>{t('mandates.form.association')}</strong> {association.name || t('mandates.form.associationUnnamed')}
        </p>
        {associationMissing && <p className="warning">{t('mandates.form.associationMissing')}</p>}
      </fieldset>
      <fieldset aria-describedby={scopeGroup ? 'scope-error' : undefined}>
        <legend>{t('mandates.form.scope')}</legend>
        {groupError('scope-error', scopeGroup)}
        <fieldset>
          <legend>{t('mandates.form.tasks')}</legend>
          {COMPUTER_TASKS.map((entry, n) => {
            const item = indexed.find((x) => x.item.catalogueId === entry.id);
            const message = item ? itemError(item.index) : undefined;
            return (
              <div key={entry.id}>
                {checkbox(entry.id, entry.label, item !== undefined, (on) => toggleTask(entry, on), message ? { errorId: `task-${entry.id}-error` } : n === 0 && scopeGroup ? { errorId: 'scope-error' } : undefined)}
                {message && groupError(`task-${entry.id}-error`, message)}
              </div>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t('mandates.form.procedures')}</legend>
          <p className="hint">{t('mandates.form.proceduresHint')}</p>
          {procedures.map(({ item, index }, n) => (
            <div className="free-line" key={index}>
              <Field label={t('mandates.form.procedureItem', { n: n + 1, category: findCatalogueEntry(item.catalogueId!)?.label ?? '' })} error={itemError(index)}>
                {(p) => <input {...p} value={item.label} onChange={(e) => editItem(index, e.target.value)} />}
              </Field>
              <button type="button" className="small" onClick={() => removeItem(index)}>
                {t('mandates.form.remove', { item: item.label })}
              </button>
            </div>
          ))}
          <ProcedurePicker onAdd={(added) => setItems([...draft.scopeItems, added])} />
        </fieldset>
        <fieldset>
          <legend>{t('mandates.form.freeItems')}</legend>
          <EditableLines
            lines={free}
            lineLabel={(n) => t('mandates.form.freeItemN', { n })}
            errorAt={itemError}
            onEdit={editItem}
            onRemove={removeItem}
            addLabel={t('mandates.form.freeItem')}
            onAdd={(label) => setItems([...draft.scopeItems, { label }])}
          />
        </fieldset>
      </fieldset>
      <fieldset aria-describedby={exclusionsGroup ? 'exclusions-error' : undefined}>
        <legend>{t('mandates.form.exclusions')}</legend>
        {groupError('exclusions-error', exclusionsGroup)}
        {DEFAULT_EXCLUSIONS.map((x) => {
          const index = draft.exclusions.indexOf(x.label);
          const message = index >= 0 ? at(`exclusions.${index}`) : undefined;
          return (
            <div key={x.id}>
              {checkbox(x.id, x.label, index >= 0, (on) => toggleIn('exclusions', x.label, on), message ? { errorId: `excl-${x.id}-error` } : undefined)}
              {message && groupError(`excl-${x.id}-error`, message)}
            </div>
          );
        })}
        <EditableLines
          lines={linesOf('exclusions', DEFAULT_EXCLUSION_LABELS)}
          lineLabel={(n) => t('mandates.form.exclusionN', { n })}
          errorAt={(index) => at(`exclusions.${index}`)}
          onEdit={(index, value) => editIn('exclusions', index, value)}
          onRemove={(index) => removeIn('exclusions', index)}
          addLabel={t('mandates.form.otherExclusion')}
          onAdd={(value) => set({ exclusions: [...draft.exclusions, value] })}
        />
      </fieldset>
      <fieldset aria-describedby={toolsGroup ? 'tools-error' : undefined}>
        <legend>{t('mandates.form.tools')}</legend>
        {groupError('tools-error', toolsGroup)}
        {TOOLS.map((x, n) => {
          const index = draft.tools.indexOf(x.label);
          const message = index >= 0 ? at(`tools.${index}`) : undefined;
          return (
            <div key={x.id}>
              {checkbox(x.id, x.label, index >= 0, (on) => toggleIn('tools', x.label, on), message ? { errorId: `tool-${x.id}-error` } : n === 0 && toolsGroup ? { errorId: 'tools-error' } : undefined)}
              {message && groupError(`tool-${x.id}-error`, message)}
            </div>
          );
        })}
        <EditableLines
          lines={linesOf('tools', TOOL_LABELS)}
          lineLabel={(n) => t('mandates.form.toolN', { n })}
          errorAt={(index) => at(`tools.${index}`)}
          onEdit={(index, value) => editIn('tools', index, value)}
          onRemove={(index) => removeIn('tools', index)}
          addLabel={t('mandates.form.otherTool')}
          onAdd={(value) => set({ tools: [...draft.tools, value] })}
        />
      </fieldset>
      <fieldset aria-describedby={at('validity') ? 'validity-error' : undefined}>
        <legend>{t('mandates.form.validity')}</legend>
        {groupError('validity-error', at('validity'))}
        {[...VALIDITY_PRESETS, 'dates' as const].map((value) => (
          <div className="check" key={value}>
            <input type="radio" name="validity" id={`v-${value}`} checked={kind === value} onChange={() => setKind(value)} />
            <label htmlFor={`v-${value}`}>{t(`mandates.form.preset.${value}`)}</label>
          </div>
        ))}
        <Field label={t('mandates.form.start')} error={fieldErrorUnder(error, 'validity.start')}>
          {(p) => <input {...p} type="date" value={validity.start} onChange={(e) => set({ validity: { ...validity, start: e.target.value } })} />}
        </Field>
        {validity.kind === 'dates' && (
          <Field label={t('mandates.form.end')} error={fieldErrorUnder(error, 'validity.end')}>
            {(p) => <input {...p} type="date" value={validity.end} onChange={(e) => set({ validity: { ...validity, end: e.target.value } })} />}
          </Field>
        )}
      </fieldset>
      <Field label={t('mandates.form.sessionMinutes')} error={at('sessionMinutes')}>
        {(p) => <input {...p} type="number" min={5} max={480} step={5} value={draft.sessionMinutes} onChange={(e) => set({ sessionMinutes: Number(e.target.value) })} />}
      </Field>
      <Field label={t('mandates.form.place')} error={at('place')}>
        {(p) => <input {...p} value={draft.place} onChange={(e) => set({ place: e.target.value })} />}
      </Field>
      <Field label={t('mandates.form.purpose')} hint={t('mandates.form.purposeHint')} error={at('purpose')}>
        {(p) => <textarea {...p} rows={3} value={draft.purpose ?? ''} onChange={(e) => set({ purpose: e.target.value })} />}
      </Field>
      <Field label={t('mandates.form.dataSeen')} hint={t('mandates.form.dataSeenHint')} error={at('dataSeen')}>
        {(p) => <textarea {...p} rows={3} value={draft.dataSeen ?? ''} onChange={(e) => set({ dataSeen: e.target.value })} />}
      </Field>
      <FormErrorSummary error={error} />
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
