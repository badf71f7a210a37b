import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { ErrorMessage } from '../components/ErrorMessage';
import { useQuery } from '../stores/query';
import { createBackup, restoreBackup } from '../stores/records-actions';
import { PhraseInput } from './keys/PhraseInput';
import { RestoreConfirm } from './RestoreConfirm';
import './recovery.css';

/** Rolling copies (made at each session close and daily), a copy to a chosen folder, and restoring one. */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const folderId = useId();
  const fileId = useId();
  const [file, setFile] = useState('');
  /** Only for a copy made elsewhere (another computer, another phrase): this folder's own copies need none. */
  const [phrase, setPhrase] = useState('');
  /** The backup waiting for the helper's confirmation: its path and how it is named to them. */
  const [pending, setPending] = useState<{ path: string; label: string; fromFile: boolean } | null>(null);
  const backups = useQuery('listBackups', {}).data ?? [];
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function backup(target: string | null) {
    setBusy(true);
    const r = await createBackup(target);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setStatus(t('backups.done', { path: r.value.path }));
  }

  async function restore(path: string, fromFile: boolean) {
    setBusy(true);
    const refused = await restoreBackup(path, fromFile && phrase.trim() ? phrase : null);
    setBusy(false);
    setPending(null);
    setError(refused);
  }

  function fromFile(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (file.trim()) setPending({ path: file.trim(), label: file.trim(), fromFile: true });
  }

  const confirmation = (path: string) =>
    pending?.path === path ? (
      <RestoreConfirm
        question={t('recovery.restoreQuestion', { label: pending.label })}
        detail={t('backups.restoreDetail')}
        confirmLabel={t('recovery.restoreYes')}
        busy={busy}
        onConfirm={() => void restore(path, pending.fromFile)}
        onCancel={() => setPending(null)}
      />
    ) : null;

  function toFolder(event: FormEvent) {
    event.preventDefault();
    void backup(folder);
  }

  const when = (ms: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
  return (
    <section className="card integrity" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="hint">{t('backups.hint')}</p>
      <button type="button" onClick={() => void backup(null)} disabled={busy}>
        {t('backups.now')}
      </button>
      <form onSubmit={toFolder} className="backup-folder">
        <label htmlFor={folderId}>{t('backups.folder')}</label>
        <p className="hint" id={`${folderId}-hint`}>
          {t('backups.folderHint')}
        </p>
        <input id={folderId} value={folder} onChange={(e) => setFolder(e.target.value)} aria-describedby={`${folderId}-hint`} />
        <button type="submit" disabled={busy}>
          {t('backups.copy')}
        </button>
      </form>
      <ErrorMessage error={error} />
      <p className="status" role="status">
        {status}
      </p>
      {backups.length === 0 ? (
        <p>{t('backups.none')}</p>
      ) : (
        <ul className="backup-list">
          {backups.map((b) => (
            <li key={b.path}>
              {when(b.createdAt)} — {t(`backups.reason.${b.reason}`)} — {b.integrity === 'ok' ? t('backups.checked') : b.integrity}
              {b.integrity === 'ok' &&
                (pending?.path === b.path && !pending.fromFile ? (
                  confirmation(b.path)
                ) : (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => (setError(null), setPending({ path: b.path, label: when(b.createdAt), fromFile: false }))}
                      disabled={busy}
                      aria-label={t('backups.restoreThis', { date: when(b.createdAt) })}
                    >
                      {t('backups.restore')}
                    </button>
                  </>
                ))}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={fromFile} className="backup-folder">
        <label htmlFor={fileId}>{t('backups.fromFile')}</label>
        <p className="hint" id={`${fileId}-hint`}>
          {t('backups.fromFileHint')}
        </p>
        <input id={fileId} value={file} onChange={(e) => setFile(e.target.value)} aria-describedby={`${fileId}-hint`} />
        <PhraseInput value={phrase} onChange={setPhrase} label={t('backups.otherPhrase')} />
        <button type="submit" disabled={busy}>
          {t('backups.fromFileButton')}
        </button>
      </form>
      {pending?.fromFile && confirmation(pending.path)}
    </section>
  );
}
