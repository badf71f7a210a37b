import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/scope-guard/index';

/**
 * The guard's verdict in words, for a helper who glances at it: the verdict and one reason
 * (announced to screen readers as the helper types), then the evidence — which words of the
 * request an action of the mandate covers, which it does not — and the words to say.
 */

export function verdictReason(verdict: Verdict, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (verdict.verdict) {
    case 'in_scope':
      return verdict.matchedScope === null ? t('scope.reason.session') : t('scope.reason.in_scope');
    case 'check':
      return `${t('scope.reason.check')} ${t(`scope.why.${verdict.why ?? 'words'}`)}`;
    case 'out_of_scope':
      return t(`scope.why.${verdict.why ?? 'no_item'}`);
    case 'excluded':
      return t('scope.reason.excluded');
    case 'sensitive':
      return t(`scope.sensitiveKind.${verdict.sensitiveKind ?? 'password'}`);
    case 'unclear':
      return t('scope.reason.unclear');
  }
}

/** The live part: what the verdict is, and why in one sentence. */
export function VerdictSummary({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  const item = verdict.verdict === 'in_scope' && verdict.matchedScope ? ` — «\u00a0${verdict.matchedScope}\u00a0»` : '';
  return (
    <div className={`scope-verdict verdict-${verdict.verdict}`} data-verdict={verdict.verdict}>
      <p className="verdict-title">
        <strong>{t(`scope.verdict.${verdict.verdict}`)}</strong>
        {item}
      </p>
      <p className="verdict-reason">{verdictReason(verdict, t)}</p>
    </div>
  );
}

/** The words the verdict rests on, grouped by the action of the mandate they matched. */
export function VerdictEvidence({ verdict, id }: { verdict: Verdict; id: string }) {
  const { t, i18n } = useTranslation();
  const french = i18n.getFixedT('fr');
  const quote = (words: string[]) => words.map((w) => t('scope.evidence.word', { words: w })).join(', ');
  const byItem = new Map<string, string[]>();
  for (const m of verdict.evidence.matched) byItem.set(m.item, [...(byItem.get(m.item) ?? []), m.words]);
  const rows: { key: string; label: string; words: string; kind: string }[] = [];
  if (verdict.exclusion) rows.push({ key: 'exclusion', label: t('scope.evidence.exclusion', { exclusion: verdict.exclusion }), words: '', kind: 'exclusion' });
  for (const [item, words] of byItem) {
    if (item === verdict.exclusion) continue;
    // The title already names the one action that covers it all.
    const label = verdict.verdict === 'in_scope' && item === verdict.matchedScope ? t('scope.evidence.covered') : t('scope.evidence.coveredBy', { item });
    rows.push({ key: `item-${item}`, label, words: quote(words), kind: 'matched' });
  }
  if (verdict.verdict === 'check' && byItem.size === 0 && verdict.matchedScope) rows.push({ key: 'nearest', label: t('scope.evidence.nearest', { item: verdict.matchedScope }), words: '', kind: 'matched' });
  if (verdict.evidence.uncovered.length > 0) rows.push({ key: 'uncovered', label: t('scope.evidence.uncovered'), words: quote(verdict.evidence.uncovered), kind: 'uncovered' });
  if (verdict.evidence.flagged.length > 0) rows.push({ key: 'flagged', label: t('scope.evidence.flagged'), words: quote(verdict.evidence.flagged), kind: 'flagged' });
  return (
    <div id={id} className={`scope-verdict-detail verdict-${verdict.verdict}`}>
      {rows.length > 0 && (
        <ul className="verdict-evidence" aria-label={t('scope.evidence.label')}>
          {rows.map((row) => (
            <li key={row.key} className={`evidence-${row.kind}`}>
              <span className="evidence-label">{row.label}</span>
              {row.words && <> {row.words}</>}
            </li>
          ))}
        </ul>
      )}
      {/* Said to the person: French whatever the UI language; an English UI gives the sense beside it. */}
      <p className="verdict-say">
        <span className="say-label">{t('scope.say')}</span> <span lang="fr">{french(`scope.sayText.${verdict.verdict}`)}</span>
        {!i18n.language.startsWith('fr') && <span className="muted"> ({t(`scope.sayText.${verdict.verdict}`)})</span>}
      </p>
    </div>
  );
}
