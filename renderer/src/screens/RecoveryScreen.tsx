import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../i18n/messages';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { RestoreCandidate, StartupState } from '../../../shared/records/recovery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useQuery } from '../stores/query';
import { restoreBackup, startWithEmptyData } from '../stores/records-actions';
import { PhraseInput } from './keys/PhraseInput';
import { RestoreConfirm } from './RestoreConfirm';
import './recovery.css';

/** Why a backup cannot be used: a key of the message catalogue, in the UI language. */
const problemText = (problem: string | null, language: string) => (problem ? messageText({ key: problem }, language) : '');

type Pending = { kind: 'backup'; path: string; label: string } | { kind: 'empty' } | null;

/**
 * Full screen, in plain words: what happened, the latest good backup first, restore after
 * a confirmation. Nothing here deletes anything: the damaged file is moved aside.
 */
export function RecoveryScreen({ state }: { state: StartupState }) {
  const { t, i18n } = useTranslation();
  const fileId = useId();
  const listed = useQuery('listRestoreCandidates', {});
  // A list that could not be read shows as empty, with the reason above it.
  const candidates = listed.data ?? (listed.error ? [] : null);
  const [pending, setPending] = useState<Pending>(null);
  const [file, setFile] = useState('');
  const [phrase, setPhrase] = useState('');
  const [busy, setBusy] = useState(false);
  // Until the helper acts, the error shown is the list's; each action then sets or clears it.
  const [actionError, setError] = useState<AppErrorValue | null | undefined>(undefined);
  const error = actionError === undefined ? listed.error : actionError;

  useEffect(() => {
    document.title = t('recovery.title');
  }, [t]);

  const when = (ms: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(ms);
  const best = candidates?.find((c) => c.usable) ?? null;
  const others = candidates?.filter((c) => c !== best) ?? [];

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    const refused = pending.kind === 'empty' ? await startWithEmptyData() : await restoreBackup(pending.path, pending.path === file.trim() && phrase.trim() ? phrase : null);
    setBusy(false);
    if (!refused) return;
    setPending(null);
    setError(refused);
  }

  function fromFile(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (file.trim()) setPending({ kind: 'backup', path: file.trim(), label: file.trim() });
  }

  const confirmation = (forPath: string | null) => {
    if (!pending) return null;
    if (pending.kind === 'empty' ? forPath !== null : pending.path !== forPath) return null;
    return (
      <RestoreConfirm
        question={pending.kind === 'empty' ? t('recovery.emptyQuestion') : t('recovery.restoreQuestion', { label: pending.label })}
        detail={pending.kind === 'empty' ? t('recovery.emptyDetail') : t('recovery.restoreDetail')}
        confirmLabel={pending.kind === 'empty' ? t('recovery.emptyYes') : t('recovery.restoreYes')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    );
  };

  const ask = (c: RestoreCandidate) => {
    setError(null);
    setPending({ kind: 'backup', path: c.path, label: when(c.createdAt) });
  };

  return (
    <main id="main" className="recovery-screen" tabIndex={-1}>
      <h1>{t('recovery.title')}</h1>
      <p>{state.reason && messageText(state.reason, i18n.language)}</p>
      <p>{t('recovery.reassure')}</p>
      {state.damagedPath && (
        <p className="hint">
          {t('recovery.damagedFile')} <span className="recovery-path">{state.damagedPath}</span>
        </p>
      )}
      <ErrorMessage error={error} />
      <p className="status" role="status">
        {candidates === null ? t('recovery.checking') : busy ? t('recovery.working') : ''}
      </p>

      {candidates !== null && (
        <section className={best ? 'card recovery-best' : 'card'} aria-labelledby="recovery-best-title">
          <h2 id="recovery-best-title">{t('recovery.bestTitle')}</h2>
          {best ? (
            <>
              <p>
                {t('recovery.bestText', { date: when(best.createdAt), reason: t(`backups.reason.${best.reason}`) })}
              </p>
              {pending?.kind === 'backup' && pending.path === best.path ? (
                confirmation(best.path)
              ) : (
                <button type="button" className="primary" onClick={() => ask(best)} disabled={busy}>
                  {t('recovery.restoreBest')}
                </button>
              )}
            </>
          ) : (
            <p>{t('recovery.noBackup')}</p>
          )}
        </section>
      )}

      {others.length > 0 && (
        <section className="card" aria-labelledby="recovery-others-title">
          <h2 id="recovery-others-title">{t('recovery.othersTitle')}</h2>
          <ul className="recovery-list">
            {others.map((c) => (
              <li key={c.path}>
                <span>
                  {when(c.createdAt)} — {t(`backups.reason.${c.reason}`)} — {c.usable ? t('recovery.usable') : problemText(c.problem, i18n.language)}
                </span>
                {c.usable &&
                  (pending?.kind === 'backup' && pending.path === c.path ? (
                    confirmation(c.path)
                  ) : (
                    <button type="button" onClick={() => ask(c)} disabled={busy} aria-label={t('recovery.restoreThis', { date: when(c.createdAt) })}>
                      {t('recovery.restore')}
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="recovery-file-title">
        <h2 id="recovery-file-title">{t('recovery.fileTitle')}</h2>
        <form onSubmit={fromFile}>
          <label htmlFor={fileId}>{t('recovery.fileLabel')}</label>
          <p className="hint" id={`${fileId}-hint`}>
            {t('recovery.fileHint')}
          </p>
          <input id={fileId} value={file} onChange={(e) => setFile(e.target.value)} aria-describedby={`${fileId}-hint`} />
          <PhraseInput value={phrase} onChange={setPhrase} label={t('backups.otherPhrase')} />
          <button type="submit" disabled={busy}>
            {t('recovery.fileRestore')}
          </button>
        </form>
        {pending?.kind === 'backup' && pending.path === file.trim() && !candidates?.some((c) => c.path === pending.path) && confirmation(pending.path)}
      </section>

      <section className="card" aria-labelledby="recovery-empty-title">
        <h2 id="recovery-empty-title">{t('recovery.emptyTitle')}</h2>
        <p>{t('recovery.emptyText')}</p>
        {pending?.kind === 'empty' ? (
          confirmation(null)
        ) : (
          <button type="button" className="danger" onClick={() => (setError(null), setPending({ kind: 'empty' }))} disabled={busy}>
            {t('recovery.emptyButton')}
          </button>
        )}
      </section>
    </main>
  );
}
