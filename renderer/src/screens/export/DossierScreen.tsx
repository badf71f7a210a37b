import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedMandate, ExportedSession } from '../../../../shared/export/calls';
import { parisDate } from '../../../../shared/mandate/dates';
import type { Consent } from '../../../../shared/mandate/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { printDossier } from '../../stores/export-actions';
import { useNavStore } from '../../stores/nav-store';
import { messageText } from '../../i18n/messages';
import { useQuery } from '../../stores/query';
import { describeEvent, formatDay, formatInstant, formatTime } from './format';

/**
 * « Dossier de … »: the export document as an A4 page in plain language. Electron prints
 * it to PDF in a hidden window (printPersonExportToPdf, which waits for data-print-ready);
 * browser mode opens the browser's print dialog. Built from the same document as the JSON.
 */
export function DossierScreen({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const go = useNavStore((s) => s.go);
  const exported = useQuery('getPersonExport', { personId });
  const doc = exported.data?.document ?? null;
  const error = exported.error;
  const [status, setStatus] = useState('');
  const lang = i18n.language;

  async function print() {
    const r = await printDossier(personId);
    if (r.printed === 'pdf') setStatus(r.path ? t('personExport.view.saved', { path: r.path }) : t('personExport.view.cancelled'));
  }

  return (
    <div className="print-screen">
      <div className="no-print print-toolbar">
        <button type="button" onClick={() => go({ name: 'person', personId })}>
          ← {t('personExport.view.back')}
        </button>
        <button type="button" className="primary" onClick={() => void print()} disabled={!doc}>
          {t('personExport.view.print')}
        </button>
        <p className="hint">{t('personExport.view.printHint')}</p>
        <p className="status" role="status">
          {status || (!doc && !error ? t('personExport.view.loading') : '')}
        </p>
      </div>
      <ErrorMessage error={error} />
      {doc && (
        <article className="print-page" data-print-ready="true" aria-label={t('personExport.view.label')}>
          <div className="text-doc dossier">
            <h1>{t('personExport.view.title', { name: doc.person.name })}</h1>
            <p>{t('personExport.view.intro', { name: doc.person.name, date: formatInstant(doc.exportedAt, lang) })}</p>
            <section className="doc-section">
              <h2>{t('personExport.view.keptBy')}</h2>
              {doc.association.name && doc.association.phone ? (
                <dl className="facts">
                  <dt>{t('personExport.view.associationName')}</dt>
                  <dd>{doc.association.name}</dd>
                  {doc.association.address && (
                    <>
                      <dt>{t('personExport.view.associationAddress')}</dt>
                      <dd>{doc.association.address}</dd>
                    </>
                  )}
                  <dt>{t('personExport.view.associationPhone')}</dt>
                  <dd>{doc.association.phone}</dd>
                  {doc.association.email && (
                    <>
                      <dt>{t('personExport.view.associationEmail')}</dt>
                      <dd>{doc.association.email}</dd>
                    </>
                  )}
                  <dt>{t('personExport.view.controller')}</dt>
                  <dd>{doc.association.controller || doc.association.name}</dd>
                  <dt>{t('personExport.view.rightsContact')}</dt>
                  <dd>{doc.association.rightsContact || [doc.association.phone, doc.association.email].filter(Boolean).join(' — ')}</dd>
                </dl>
              ) : (
                <p>{t('personExport.view.associationMissing')}</p>
              )}
            </section>
            <section className="doc-section">
              <h2>{t('personExport.view.identity')}</h2>
              <dl className="facts">
                <dt>{t('personExport.view.name')}</dt>
                <dd>{doc.person.name}</dd>
                <dt>{t('personExport.view.phone')}</dt>
                <dd>{doc.person.phone || '—'}</dd>
                <dt>{t('personExport.view.notes')}</dt>
                <dd className="pre">{doc.person.notes || '—'}</dd>
                <dt>{t('personExport.view.createdAt')}</dt>
                <dd>{formatInstant(doc.person.createdAt, lang)}</dd>
              </dl>
            </section>
            <section className="doc-section">
              <h2>{t('personExport.view.mandates')}</h2>
              {doc.mandates.length === 0 && <p>{t('personExport.view.none')}</p>}
              {doc.mandates.map((m) => (
                <MandateBlock key={m.id} m={m} all={doc.mandates} lang={lang} />
              ))}
            </section>
            <section className="doc-section">
              <h2>{t('personExport.view.journal')}</h2>
              <Lines lines={doc.mandateJournal.map((j) => `${formatInstant(j.at, lang)} — ${messageText(j, lang)}`)} />
            </section>
            <section className="doc-section">
              <h2>{t('personExport.view.rehearsals')}</h2>
              <Lines
                lines={doc.rehearsals.map((r) =>
                  [
                    t('personExport.view.rehearsalLine', { date: formatDay(r.date, lang), count: r.completed.length }),
                    t(r.personRepeatedAlone ? 'personExport.view.alone' : 'personExport.view.helped'),
                    r.note,
                  ]
                    .filter(Boolean)
                    .join(' '),
                )}
              />
            </section>
            <section className="doc-section">
              <h2>{t('personExport.view.sessions')}</h2>
              {doc.sessions.length === 0 && <p>{t('personExport.view.none')}</p>}
              {doc.sessions.map((s) => (
                <SessionBlock key={s.id} s={s} lang={lang} />
              ))}
            </section>
            <section className="doc-section">
              <h2>{t('personExport.view.followups')}</h2>
              <Lines
                lines={doc.followups.map((f) =>
                  t('personExport.view.followupLine', { text: f.text, status: t(`personExport.view.followupStatus.${f.status}`), date: formatInstant(f.requestedAt, lang) }),
                )}
              />
            </section>
            <footer className="doc-footer">
              <p>{t('personExport.view.footer', { format: doc.format, version: doc.version })}</p>
            </footer>
          </div>
        </article>
      )}
    </div>
  );
}

function Lines({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <p>{t('personExport.view.none')}</p>;
  return (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

function consentLine(c: Consent | null, t: ReturnType<typeof useTranslation>['t'], lang: string): string {
  if (!c) return t('personExport.view.consentNone');
  switch (c.method) {
    case 'drawn':
      return t('personExport.view.consentMethod.drawn', { date: formatInstant(c.signedAt, lang) });
    case 'typed':
      return t('personExport.view.consentMethod.typed', { date: formatInstant(c.signedAt, lang), person: c.personTypedName, helper: c.helperTypedName });
    case 'paper':
      return t('personExport.view.consentMethod.paper', { date: formatDay(c.signedOn, lang), keptBy: c.originalKeptBy });
    case 'oral':
      return t('personExport.view.consentMethod.oral', { date: formatInstant(c.recordedAt, lang) }) + (c.note ? ` ${c.note}` : '');
  }
}

function MandateBlock({ m, all, lang }: { m: ExportedMandate; all: ExportedMandate[]; lang: string }) {
  const { t } = useTranslation();
  const c = m.content;
  const versionOf = (id: string | null) => all.find((x) => x.id === id)?.version ?? '?';
  const revokedOn = new Map(m.itemRevocations.map((r) => [r.itemId, r]));
  const whole = c.revocations.find((r) => r.scope === 'whole');
  const chain = [m.supersedes && t('personExport.view.supersedes', { version: versionOf(m.supersedes) }), m.supersededBy && t('personExport.view.supersededBy', { version: versionOf(m.supersededBy) })].filter(Boolean);
  return (
    <section className="doc-section dossier-mandate">
      <h3>{t('personExport.view.mandateTitle', { version: m.version })}</h3>
      <dl className="facts">
        <dt>{t('personExport.view.status')}</dt>
        <dd>{t(`mandates.status.${m.status}`)}</dd>
        <dt>{t('personExport.view.period')}</dt>
        <dd>{t('personExport.view.periodValue', { start: formatDay(c.validity.start, lang), end: formatDay(c.validity.end, lang) })}</dd>
        <dt>{t('personExport.view.helper')}</dt>
        <dd>{c.helperName}</dd>
        <dt>{t('personExport.view.association')}</dt>
        <dd>{c.associationName}</dd>
        <dt>{t('personExport.view.scope')}</dt>
        <dd>
          <ul>
            {c.scopeItems.map((item) => {
              const r = revokedOn.get(item.id);
              if (!r) return <li key={item.id}>{item.label}</li>;
              const how = r.channel === 'phone' ? t('personExport.view.byPhone', { time: r.time ?? '' }) : r.channel === 'signed_form' ? t('personExport.view.bySignedForm') : '';
              return (
                <li key={item.id} className="withdrawn">
                  <del>{item.label}</del>{' '}
                  <span className="withdrawn-note">
                    ({t('personExport.view.itemRevoked', { date: formatDay(r.date, lang), how })} {r.reason ? t('personExport.view.reason', { reason: r.reason }) : t('personExport.view.noReason')})
                  </span>
                </li>
              );
            })}
          </ul>
        </dd>
        <dt>{t('personExport.view.exclusions')}</dt>
        <dd>{c.exclusions.join(' ; ') || '—'}</dd>
        <dt>{t('personExport.view.tools')}</dt>
        <dd>{c.tools.join(' ; ')}</dd>
        <dt>{t('personExport.view.sessionMinutes')}</dt>
        <dd>{t('personExport.view.minutes', { count: c.sessionMinutes })}</dd>
        <dt>{t('personExport.view.place')}</dt>
        <dd>{c.place}</dd>
        {c.purpose && (
          <>
            <dt>{t('personExport.view.purpose')}</dt>
            <dd>{c.purpose}</dd>
          </>
        )}
        {c.dataSeen && (
          <>
            <dt>{t('personExport.view.dataSeen')}</dt>
            <dd>{c.dataSeen}</dd>
          </>
        )}
        <dt>{t('personExport.view.consent')}</dt>
        <dd>{consentLine(c.consent, t, lang)}</dd>
        <dt>{t('personExport.view.code')}</dt>
        <dd>
          {m.attestationCode ?? t('personExport.view.codeNone')}
          {m.attestation === 'mismatch' && <strong> {t('personExport.view.mismatch')}</strong>}
        </dd>
        {chain.length > 0 && (
          <>
            <dt>{t('personExport.view.chain')}</dt>
            <dd>{chain.join(' ')}</dd>
          </>
        )}
      </dl>
      {whole && (
        <p>
          {t('personExport.view.revokedWhole', { date: formatDay(whole.date, lang) })} {whole.reason ? t('personExport.view.reason', { reason: whole.reason }) : t('personExport.view.noReason')}
        </p>
      )}
      {c.consent?.method === 'drawn' && (
        <div className="signature-row">
          <figure className="signature-slot">
            <img src={c.consent.personSignature} alt={t('personExport.view.personSignature', { name: c.personName })} className="signature-image" />
          </figure>
          <figure className="signature-slot">
            <img src={c.consent.helperSignature} alt={t('personExport.view.helperSignature', { name: c.helperName })} className="signature-image" />
          </figure>
        </div>
      )}
    </section>
  );
}

function SessionBlock({ s, lang }: { s: ExportedSession; lang: string }) {
  const { t } = useTranslation();
  const sameDay = (iso: string) => parisDate(iso) === parisDate(s.startedAt);
  return (
    <section className="doc-section dossier-session">
      <h3>{t('personExport.view.sessionTitle', { date: formatInstant(s.startedAt, lang) })}</h3>
      <dl className="facts">
        <dt>{t('personExport.view.helper')}</dt>
        <dd>{s.helperName || '—'}</dd>
        <dt>{t('personExport.view.closedAt')}</dt>
        <dd>{s.closedAt ? (sameDay(s.closedAt) ? formatTime(s.closedAt, lang) : formatInstant(s.closedAt, lang)) : t('personExport.view.openSession')}</dd>
        <dt>{t('personExport.view.outcome')}</dt>
        <dd>{s.outcome ? t(`session.outcome.${s.outcome}`) : '—'}</dd>
      </dl>
      <h4>{t('personExport.view.sessionNotes')}</h4>
      <Lines lines={s.notes.map((n) => `${formatTime(n.at, lang)} — ${n.text}`)} />
      {s.recap && (
        <>
          <h4>{t('personExport.view.recap')}</h4>
          <p className="pre">{s.recap}</p>
        </>
      )}
      <h4>{t('personExport.view.timeline')}</h4>
      {!s.logReadable && <p>{t('personExport.view.unreadable')}</p>}
      <ol>
        {s.events.map((e) => (
          <li key={e.seq}>
            {sameDay(e.at) ? formatTime(e.at, lang) : formatInstant(e.at, lang)} — {describeEvent(e, t, lang)}
          </li>
        ))}
      </ol>
    </section>
  );
}
