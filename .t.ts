import { analyze, reader } from './shared/scope-guard';
import things from './shared/scope-guard/data/things.json';
import actions from './shared/scope-guard/data/actions.json';
const r = reader();
let bad = 0;
for (const t of (things as any).things) for (const term of t.terms) {
  const a = analyze(term, r);
  if (!a.refs.flat().some((x: any) => x.type === 'thing' && x.id === t.id)) { bad++; console.log('thing', t.id, JSON.stringify(term), JSON.stringify(a.refs.flat())); }
}
for (const t of (actions as any).actions) for (const term of t.terms) {
  const a = analyze(term, r);
  if (!a.refs.flat().some((x: any) => x.type === 'action' && x.id === t.id)) { bad++; console.log('action', t.id, JSON.stringify(term), JSON.stringify(a.refs.flat())); }
}
console.log(bad);
