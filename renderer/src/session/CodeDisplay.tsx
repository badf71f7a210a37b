import { useTranslation } from 'react-i18next';
import { spellCode } from '../../../shared/session/spelling';

/** The code large, in two groups of three, look-alikes marked: what the code strip shows. */
export function CodeDisplay({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code) return <p className="code-untyped">{t('session.code.untyped')}</p>;
  const spelled = spellCode(code);
  if (!spelled.ok) return <p className="code-big">{code}</p>;
  return (
    <p className="code-big" aria-label={t('session.code.aria', { code: spelled.display })}>
      {spelled.groups.map((g, i) => (
        <span key={i} className="code-group">
          {[...g].map((ch, j) => {
            const c = spelled.chars[i * 3 + j]!;
            return (
              <span key={j} className={c.ambiguous ? 'code-char ambiguous' : 'code-char'}>
                {ch}
              </span>
            );
          })}
        </span>
      ))}
    </p>
  );
}

/** The words to spell the code, look-alikes warned: in the step, where the code is dictated. */
export function CodeSpelling({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  const spelled = spellCode(code);
  if (!spelled.ok) return null;
  return (
    <ol className="spelling" aria-label={t('session.code.spelling')}>
      {spelled.chars.map((c) => (
        <li key={c.position} className={c.group === 2 && c.position === 4 ? 'group-start' : undefined}>
          {c.aid}
          {c.hint && (
            <strong className="lookalike">
              {' '}
              ⚠ {c.hint}
            </strong>
          )}
        </li>
      ))}
    </ol>
  );
}
