/**
 * Scope guard: says at once whether what the person asks for during the call is in the signed
 * mandate (earned: one item covers its action and everything it names), worth checking (part of
 * it is not covered: the uncovered words are shown), outside it, excluded by it, sensitive
 * (passwords, bank, payments, purchases: the person does it alone) or too vague to judge.
 * Pure: runs in the renderer as in Node. The verdict is data; the renderer words it.
 */
export { compileMandate, judge, judgeRequest, reader, type CompiledMandate, type JudgeInput } from './judge';
export type { Evidence, SensitiveKind, Verdict, VerdictKind, Why } from './verdict';
export { analyze, type Analysis } from './analyze';
export { fold, tokenize } from './normalize';
export { wordKey, isStopword } from './language';
export { editDistance } from './fuzzy';
