/**
 * `npm run bench`: measured figures, printed as a table; with `--json`, one JSON object
 * on the last line. Goals are shown beside the figures, never asserted.
 */
import { benchAppend } from './append';

type Figures = Record<string, number>;

interface Section {
  name: string;
  goals: Record<string, string>;
  run(): Promise<Figures> | Figures;
}

const sections: Section[] = [
  { name: 'Durable event append', goals: { append_ratio_vs_raw: '≤ 1.2' }, run: () => benchAppend() },
];

const json = process.argv.includes('--json');
const all: Figures = {};
const rows: [string, string, string][] = [];
for (const section of sections) {
  const figures = await section.run();
  Object.assign(all, figures);
  for (const [key, value] of Object.entries(figures)) rows.push([key, String(value), section.goals[key] ?? '']);
}

const width = [Math.max(...rows.map((r) => r[0].length), 6), Math.max(...rows.map((r) => r[1].length), 5)];
console.log(`${'figure'.padEnd(width[0]!)}  ${'value'.padStart(width[1]!)}  goal`);
for (const [k, v, g] of rows) console.log(`${k.padEnd(width[0]!)}  ${v.padStart(width[1]!)}  ${g}`);
if (json) console.log(JSON.stringify(all));
