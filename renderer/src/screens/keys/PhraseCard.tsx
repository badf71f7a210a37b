import { useTranslation } from 'react-i18next';

/** The 8 words, numbered, as shown once and as printed (the print view shows this card only). */
export function PhraseCard({ words }: { words: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="print-page phrase-card">
      <h2 className="print-only">{t('keys.setup.printTitle')}</h2>
      <ol className="phrase-words" lang="fr">
        {words.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ol>
      <p className="print-only">{t('keys.setup.printNote')}</p>
    </div>
  );
}

/** Opens the print dialog for the phrase card only (see keys.css). */
export function printPhrase() {
  document.body.dataset.printing = 'phrase';
  try {
    window.print();
  } finally {
    delete document.body.dataset.printing;
  }
}
