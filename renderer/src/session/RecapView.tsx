import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session/calls';
import { associationFromSettings } from '../../../shared/mandate/association';
import { buildRecap } from '../../../shared/session/recap';
import { useSettingsStore } from '../stores/settings-store';
import { SealCode } from './SealCode';

/**
 * The recap for the person, written from the log and the checklist: read aloud on the
 * call, and printable in large print (print CSS keeps only `.recap-print`). Said and printed
 * for the person, so French whatever the UI language; only the helper's controls follow it.
 */
export function RecapView({ view }: { view: SessionView }) {
  const { t, i18n } = useTranslation();
  const french = i18n.getFixedT('fr');
  // The helper's notes are working notes: read out only when the helper chooses to.
  const [includeNotes, setIncludeNotes] = useState(false);
  const recap = buildRecap(view.state, view.mandate.scopeItems.map((i) => i.label), { includeNotes });
  // The printed recap tells the person whom to call: the association of the settings.
  const association = associationFromSettings(useSettingsStore((s) => s.settings));
  return (
    <div className="recap">
      <div className="check no-print">
        <input id="recap-notes" type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
        <label htmlFor="recap-notes">{t('session.recap.includeNotes')}</label>
      </div>
      <p className="hint no-print">{t('session.recap.intro')}</p>
      <section className="recap-print" aria-labelledby="recap-title" lang="fr">
        <h3 id="recap-title">{french('session.recap.title', { name: view.personName })}</h3>
        {recap.sections.map((s) => (
          <section key={s.kind} aria-label={s.title} className={`recap-${s.kind}`}>
            <h4>{s.title}</h4>
            {s.lead && <p>{s.lead}</p>}
            <ul>
              {s.items.map((i, n) => (
                <li key={n}>
                  {i.label}
                  {i.detail && <span className="recap-detail"> — {i.detail}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p className="recap-closing">{recap.closing}</p>
        <p className="recap-association">
          {association.name && association.phone
            ? french('session.recap.association', { name: association.name, phone: association.phone })
            : french('session.recap.associationMissing')}
        </p>
        {view.state.closed && <SealCode sessionId={view.id} />}
      </section>
      <div className="actions no-print">
        <button type="button" onClick={printRecap}>
          {t('session.recap.print')}
        </button>
      </div>
    </div>
  );
}

/** Marks the page while printing so the print CSS keeps only the recap (other printouts keep theirs). */
function printRecap() {
  const root = document.documentElement;
  root.dataset.printing = 'recap';
  try {
    window.print();
  } finally {
    delete root.dataset.printing;
  }
}
