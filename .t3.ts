import { analyze, reader } from './shared/scope-guard';
const r = reader();
const a = analyze(process.argv[2]!, r);
console.log(a.tokens.map((t, i) => t.word + '/' + t.key + ':' + a.refs[i]!.map((x: any) => x.type + (x.id ? ':' + x.id : x.kind ? ':' + x.kind : '')).join(',')), [...a.sensitive.keys()]);
console.log(a.procedures.best, [...a.procedures.explained].slice(0, 8));
const keys = new Set(a.tokens.map(t => t.key));
for (const [k, list] of r.procedures.byKey) for (const ph of list) if (ph.keys.every(x => keys.has(x)) && process.argv[3] && ph.procedure.startsWith(process.argv[3])) console.log(ph);
