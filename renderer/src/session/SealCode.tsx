import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../bridge';

/**
 * A closed session's seal code, on its recap (screen and print): the person keeps it with
 * the paper, and « Vérifier un document » says later whether the records still give it.
 */
export function SealCode({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api()
      .getSessionSeal({ sessionId })
      .then((r) => live && r.ok && setCode(r.value.code));
    return () => {
      live = false;
    };
  }, [sessionId]);
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
