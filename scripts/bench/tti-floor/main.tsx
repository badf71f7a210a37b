/**
 * The reference page of `tti_floor_ms`: React and i18next (the app's own versions, built by Vite
 * the same way) rendering a static step panel of about the app's size, with no data to fetch.
 * What it costs is what any React + i18next page costs on this machine and browser; `tti_ms`
 * minus this is what Binôme itself adds (its data, its screens, its bridge).
 */
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';

const ROWS = 40;
const strings: Record<string, string> = {};
for (let i = 0; i < ROWS; i++) strings[`row${i}`] = `Phrase ${i} pour {{name}}`;
void i18next.use(initReactI18next).init({ resources: { fr: { translation: strings } }, lng: 'fr', interpolation: { escapeValue: false } });

function Row({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <li>
      <label>
        <input type="checkbox" /> {t(`row${index}`, { name: 'Hélène Martin' })}
      </label>
    </li>
  );
}

function Panel() {
  return (
    <main>
      <h1 id="session-title">Hélène Martin</h1>
      <h2 id="step-title">Préparation</h2>
      <ul>
        {Array.from({ length: ROWS }, (_, i) => (
          <Row key={i} index={i} />
        ))}
      </ul>
      <div className="step-nav">
        <button type="button" className="primary">
          Suite
        </button>
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Panel />);
