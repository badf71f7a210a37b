import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { isBrowserMode } from '../../stores/download';
import { downloadPersonExport, exportPersonToFolder } from '../../stores/export-actions';
import { useNavStore } from '../../stores/nav-store';
import { pathChoice, typesPaths } from '../../stores/path-choice';

/** On a person's file: the right of access, as a JSON file (folder or download) and as a readable view to print. */
export function PersonExportSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const folderId = useId();
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<string | AppErrorValue>) {
    setBusy(true);
    setStatus(t('personExport.section.working'));
    const outcome = await action();
    setBusy(false);
    if (typeof outcome === 'string') {
      setError(null);
      setStatus(outcome);
    } else {
      setError(outcome);
      setStatus('');
    }
  }

  function toFolder(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const r = await exportPersonToFolder(personId, pathChoice(folder));
      if (!r.ok) return r.error;
      return r.value ? t('personExport.section.saved', { path: r.value.path }) : t('personExport.view.cancelled');
    });
  }

  function download() {
    void run(async () => {
      const r = await downloadPersonExport(personId);
      return r.ok ? t('personExport.section.downloaded', { name: r.value }) : r.error;
    });
  }

  return (
    <section className="card person-export" aria-labelledby={`${folderId}-title`}>
      <h2 id={`${folderId}-title`}>{t('personExport.section.title')}</h2>
      <p className="hint">{t('personExport.section.hint')}</p>
      <form onSubmit={toFolder} className="backup-folder">
        {typesPaths() && (
          <>
            <label htmlFor={folderId}>{t('personExport.section.folder')}</label>
            <p className="hint" id={`${folderId}-hint`}>
              {t('personExport.section.folderHint')}
            </p>
            <input id={folderId} value={folder} onChange={(e) => setFolder(e.target.value)} aria-describedby={`${folderId}-hint`} />
          </>
        )}
        <button type="submit" disabled={busy}>
          {typesPaths() ? t('personExport.section.toFolder') : t('personExport.section.toFolderPick')}
        </button>
      </form>
      <div className="actions">
        {isBrowserMode() && (
          <button type="button" onClick={download} disabled={busy}>
            {t('personExport.section.download')}
          </button>
        )}
        <button type="button" onClick={() => go({ name: 'dossier', personId })}>
          {t('personExport.section.open')}
        </button>
      </div>
      <ErrorMessage error={error} />
      <p className="status" role="status">
        {status}
      </p>
    </section>
  );
}
