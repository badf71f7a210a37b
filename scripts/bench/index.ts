/**
 * `npm run bench`: measured figures, printed as a table; with `--json`, one JSON object
 * on the last line. Goals are shown beside the figures, never asserted.
 */
import { benchAppend } from './append';
import { benchRenderer } from './renderer';
import { benchLargeDb } from './large-db';
import { benchScopeGuard } from './scope-guard';
import { benchSessionStep } from './session-step';

type Figures = Record<string, number>;

interface Section {
  name: string;
  goals: Record<string, string>;
  run(): Promise<Figures> | Figures;
}

const sections: Section[] = [
  { name: 'Durable event append (encrypted, against a plain raw insert)', goals: { append_ratio_vs_raw: '≤ 1.3' }, run: () => benchAppend() },
  { name: 'Session step', goals: { session_view_us_median: '— (reference)', session_note_us_median: '— (reference)' }, run: () => benchSessionStep() },
  {
    // One line per registered set (test/fixtures/scope-guard/sets.json), development and blind.
    name: 'Scope guard',
    goals: {},
    async run() {
      const r = await benchScopeGuard();
      const figures: Figures = {};
      for (const set of r.sets) {
        const prefix = `scope_guard.${set.name}${set.status === 'blind' ? '.blind' : ''}`;
        figures[`${prefix}.not_in_scope_kept_out`] = round(set.notInScopeKeptOut, 3);
        figures[`${prefix}.in_scope_recall`] = round(set.inScopeRecall, 3);
        figures[`${prefix}.sensitive_recall`] = round(set.sensitiveRecall, 3);
      }
      figures.scope_guard_ms_per_request = round(r.msPerRequest, 4);
      return figures;
    },
  },
  {
    name: 'Renderer',
    goals: { renderer_js_gzip_kb: '≤ 150', tti_ms: '≤ 250', tti_floor_ms: '— (reference)', tti_ratio_vs_floor: '≤ 1.3' },
    run: () => benchRenderer(),
  },
  // On the generated large database (built once into the temporary folder, then reused).
  { name: 'Large database', goals: { db_open_ms: '≤ 250', db_open_phrase_ms: '— (reference)', open_person_ms: '≤ 5', search_ms: '≤ 20' }, run: () => benchLargeDb() },
];

/** Goals of the per-set scope-guard figures. */
function goalOf(key: string): string {
  if (key.endsWith('.not_in_scope_kept_out')) return '≥ 0.97';
  if (key.endsWith('.in_scope_recall')) return '≥ 0.90';
  if (key.endsWith('.sensitive_recall')) return '≥ 0.95';
  if (key === 'scope_guard_ms_per_request') return '< 0.5';
  return '';
}

function round(n: number, digits: number) {
  return Number(n.toFixed(digits));
}

const json = process.argv.includes('--json');
const all: Figures = {};
const rows: [string, string, string][] = [];
for (const section of sections) {
  const figures = await section.run();
  Object.assign(all, figures);
  for (const [key, value] of Object.entries(figures)) rows.push([key, String(value), section.goals[key] ?? goalOf(key)]);
}

const width = [Math.max(...rows.map((r) => r[0].length), 6), Math.max(...rows.map((r) => r[1].length), 5)];
console.log(`${'figure'.padEnd(width[0]!)}  ${'value'.padStart(width[1]!)}  goal`);
for (const [k, v, g] of rows) console.log(`${k.padEnd(width[0]!)}  ${v.padStart(width[1]!)}  ${g}`);
if (json) console.log(JSON.stringify(all));
