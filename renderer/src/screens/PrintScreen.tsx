import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintDoc } from '../../../shared/mandate/calls';
import type { LargePrintGuide } from '../../../shared/mandate/rehearsal';
import { ErrorMessage, errorMessageText } from '../components/ErrorMessage';
import { TextDocumentView } from '../components/TextDocumentView';
import { printMandateDocument } from '../stores/mandates-actions';
import { parisDate } from '../../../shared/mandate/dates';
import { useNavStore, type View } from '../stores/nav-store';
import { useQuery } from '../stores/query';
import { useSettingsStore } from '../stores/settings-store';
import { MandateWarnings } from './mandates/MandateBadges';
import { useLastUsedHelper } from '../session/HelperChooser';
import { guidePrintable, mandatePrintable } from './mandates/print-documents';

/**
 * A clean A4 page (normal or large print). Electron prints it to PDF in a hidden window
 * (electron/main/print.ts) and saves it in a folder the helper picks; browser mode opens
 * the browser's print dialog, whose « Enregistrer au format PDF » does the same.
 */
export function PrintScreen({ doc, id, largePrint, blank, back }: { doc: PrintDoc; id: string; largePrint: boolean; blank: boolean; back?: View | undefined }) {
  const { t, i18n } = useTranslation();
  const go = useNavStore((s) => s.go);
  const settings = useSettingsStore((s) => s.settings);
  // The guide is printed for a person, the other documents for a mandate.
  const person = useQuery('getPerson', doc === 'guide' ? { id } : null);
  const mandate = useQuery('getMandate', doc === 'guide' ? null : { id }, { refreshOn: ['mandatesChanged'] });
  // The guide names the helper last used on this laptop.
  const lastHelper = useLastUsedHelper().helper;
  const printable =
    doc === 'guide'
      ? person.data && guidePrintable(person.data, settings, lastHelper?.displayName ?? '')
      : mandate.data && mandatePrintable(doc, mandate.data, settings, { blank, today: parisDate(Date.now()) });
  const error = doc === 'guide' ? person.error : mandate.error;
  const [status, setStatus] = useState('');

  async function print() {
    const r = await printMandateDocument({ doc, id, largePrint, blank });
    if (r.printed === 'pdf') setStatus(r.path ? t('mandates.print.saved', { path: r.path }) : t('mandates.print.cancelled'));
    else setStatus(r.recorded ? errorMessageText(r.recorded, i18n.language) : t('mandates.print.recorded'));
  }

  return (
    <div className="print-screen">
      <div className="no-print print-toolbar">
        {back ? (
          <button type="button" onClick={() => go(back)}>
            ← {t('mandates.print.back')}
          </button>
        ) : (
          printable && (
            <button type="button" onClick={() => go({ name: 'person', personId: printable.personId })}>
              ← {t('mandates.backToPerson')}
            </button>
          )
        )}
        <button type="button" className="primary" onClick={() => void print()} disabled={!printable}>
          {t('mandates.print.button')}
        </button>
        <button type="button" onClick={() => go({ name: 'print', doc, id, largePrint: !largePrint, blank, ...(back ? { back } : {}) })}>
          {largePrint ? t('mandates.print.normal') : t('mandates.print.large')}
        </button>
        <p className="hint">{t('mandates.print.hint')}</p>
        <p className="status" role="status">
          {status}
        </p>
        {printable?.kind === 'text' && printable.view && <MandateWarnings view={printable.view} />}
      </div>
      <ErrorMessage error={error} />
      {printable && (
        <article className={`print-page${largePrint ? ' large-print' : ''}`} data-print-ready="true" aria-label={t('mandates.print.documentLabel')}>
          {printable.kind === 'text' ? <TextDocumentView doc={printable.doc} /> : <GuideView guide={printable.guide} />}
        </article>
      )}
    </div>
  );
}

function GuideView({ guide }: { guide: LargePrintGuide }) {
  return (
    <div className="text-doc guide">
      <h1>{guide.title}</h1>
      {guide.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <ol className="guide-steps">
        {guide.steps.map((s) => (
          <li key={s.n}>
            <h2>{s.title}</h2>
            <p>{s.text}</p>
          </li>
        ))}
      </ol>
      <section className="guide-warning">
        <h2>{guide.warning.title}</h2>
        {guide.warning.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
    </div>
  );
}
