import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';

/** Shows a bridge error; the main process already wrote it in French for the helper. */
export function ErrorMessage({ error, id }: { error: AppErrorValue | null; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="error" role="alert" id={id}>
      {error.code === 'unavailable' ? t('errors.unavailable') : error.message}
    </p>
  );
}
