import { PROCEDURE_CATEGORIES } from './shared/mandate/catalogue';
import { compileMandate, judge } from './shared/scope-guard';
for (const c of PROCEDURE_CATEGORIES) for (const part of c.description.replace(/\.$/, '').split(/,\s*/)) {
  const own = judge(compileMandate([c.label], []), part);
  if (own.verdict !== 'in_scope') console.log('OWN', c.label, '|', part, own.verdict, own.why, JSON.stringify(own.evidence.uncovered));
  for (const o of PROCEDURE_CATEGORIES.filter((x) => x !== c)) { const v = judge(compileMandate([o.label], []), part); if (v.verdict === 'in_scope') console.log('OTHER', o.label, '|', part); }
}
