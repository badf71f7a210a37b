import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { PathChoice } from '../../../shared/paths/path-choice';
import type { RestoreSource } from '../../../shared/records/recovery';
import { ErrorMessage } from '../components/ErrorMessage';
import { pathChoice, typesPaths } from '../stores/path-choice';
import { useQuery } from '../stores/query';
import { createBackup, restoreBackup } from '../stores/records-actions';
import { PhraseInput } from './keys/PhraseInput';
import { RestoreConfirm } from './RestoreConfirm';
import './recovery.css';

/** The restore waiting for confirmation is a file typed or chosen in the dialog, not one of the list. */
const FROM_FILE = 'file';

/** Rolling copies (made at each session close and daily), a copy to a chosen folder, and restoring one. */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const folderId = useId();
  const fileId = useId();
  const [file, setFile] = useState('');
  /** Only for a copy made elsewhere (another computer, another phrase): this folder's own copies need none. */
  const [phrase, setPhrase] = useState('');
  /** The backup waiting for the helper's confirmation: `id` its file name (or FROM_FILE), and how it is named to them. */
  const [pending, setPending] = useState<{ id: string; source: RestoreSource; label: string } | null>(null);
  const backups = useQuery('listBackups', {}).data ?? [];
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function backup(target: PathChoice | null) {
    setBusy(true);
    const r = await createBackup(target);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setStatus(r.value ? t('backups.done', { path: r.value.path }) : t('backups.noFolderChosen'));
  }

  async function restore(source: RestoreSource, fromFile: boolean) {
    setBusy(true);
    const refused = await restoreBackup(source, fromFile && phrase.trim() ? phrase : null);
    setBusy(false);
    setPending(null);
    setError(refused);
  }

  function fromFile(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!typesPaths()) setPending({ id: FROM_FILE, source: pathChoice(''), label: t('recovery.fileToChoose') });
    else if (file.trim()) setPending({ id: FROM_FILE, source: pathChoice(file), label: file.trim() });
  }

  const confirmation = (id: string) =>
    pending?.id === id ? (
      <RestoreConfirm
        question={t('recovery.restoreQuestion', { label: pending.label })}
        detail={t('backups.restoreDetail')}
        confirmLabel={t('recovery.restoreYes')}
        busy={busy}
        onConfirm={() => void restore(pending.source, pending.id === FROM_FILE)}
        onCancel={() => setPending(null)}
      />
    ) : null;

  function toFolder(event: FormEvent) {
    event.preventDefault();
    void backup(pathChoice(folder));
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
        {typesPaths() ? (
          <>
            <label htmlFor={folderId}>{t('backups.folder')}</label>
            <p className="hint" id={`${folderId}-hint`}>
              {t('backups.folderHint')}
            </p>
            <input id={folderId} value={folder} onChange={(e) => setFolder(e.target.value)} aria-describedby={`${folderId}-hint`} />
          </>
        ) : (
          <p className="hint">{t('backups.folderDialogHint')}</p>
        )}
        <button type="submit" disabled={busy}>
          {typesPaths() ? t('backups.copy') : t('backups.copyPick')}
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
            <li key={b.name}>
              {when(b.createdAt)} — {t(`backups.reason.${b.reason}`)} — {b.integrity === 'ok' ? t('backups.checked') : b.integrity}
              {b.integrity === 'ok' &&
                (pending?.id === b.name ? (
                  confirmation(b.name)
                ) : (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => (setError(null), setPending({ id: b.name, source: { backup: b.name }, label: when(b.createdAt) }))}
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
        {typesPaths() ? (
          <>
            <label htmlFor={fileId}>{t('backups.fromFile')}</label>
            <p className="hint" id={`${fileId}-hint`}>
              {t('backups.fromFileHint')}
            </p>
            <input id={fileId} value={file} onChange={(e) => setFile(e.target.value)} aria-describedby={`${fileId}-hint`} />
          </>
        ) : (
          <p className="hint">
            <strong>{t('backups.fromFile')}</strong> — {t('recovery.fileDialogHint')}
          </p>
        )}
        <PhraseInput value={phrase} onChange={setPhrase} label={t('backups.otherPhrase')} />
        <button type="submit" disabled={busy}>
          {t('backups.fromFileButton')}
        </button>
      </form>
      {pending?.id === FROM_FILE && confirmation(FROM_FILE)}
    </section>
  );
}
