import { useTranslation } from 'react-i18next';
import { useQuery } from '../stores/query';

/**
 * A closed session's seal code, on its recap (screen and print): the person keeps it with
 * the paper, and « Vérifier un document » says later whether the records still give it.
 */
export function SealCode({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const code = useQuery('getSessionSeal', { sessionId }).data?.code;
  if (!code) return null;
  return (
    <div className="seal-code">
      <p>
        {t('session.seal.label')} <strong className="attestation-code">{code}</strong>
      </p>
      <p className="hint">{t('session.seal.hint')}</p>
    </div>
  );
}
