import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { BackupInfo } from '../../../shared/records/backups';
import { api } from '../bridge';
import { ErrorMessage } from '../components/ErrorMessage';

/** Rolling copies (made at each session close and daily) and a copy to a chosen folder. */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const folderId = useId();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await api().listBackups({});
    if (r.ok) setBackups(r.value);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function backup(target: string | null) {
    setBusy(true);
    const r = await api().createBackup({ folder: target });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setStatus(t('backups.done', { path: r.value.path }));
    await load();
  }

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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
