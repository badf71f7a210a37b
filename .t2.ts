import { compileMandate, judge, reader } from './shared/scope-guard';
import { PROCEDURES } from './shared/procedures';
let bad = 0, total = 0, sens = 0, labelMiss = 0;
for (const p of PROCEDURES) {
  const m = compileMandate([p.label], []);
  if (!m.items[0]!.procedures.has(p.id)) { labelMiss++; console.log('LABEL', p.id, p.label, [...m.items[0]!.procedures]); }
  const lv = judge(compileMandate(['Installer Zoom'], []), p.label);
  if ((lv.verdict === 'sensitive') !== p.sensitive) { sens++; console.log('SENS', p.id, p.sensitive, lv.verdict, p.label); }
  for (const s of p.spokenNames) {
    total++;
    const v = judge(m, s);
    if (v.verdict !== 'in_scope' && v.verdict !== 'sensitive') { bad++; console.log('SPOKEN', p.id, JSON.stringify(s), v.verdict, v.why, JSON.stringify(v.evidence.uncovered)); }
  }
}
console.log({ labelMiss, sens, bad, total });
