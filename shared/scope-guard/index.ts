/**
 * Scope guard: says at once whether what the person asks for during the call is in the signed
 * mandate, outside it (a new intervention is needed), sensitive (passwords, bank, payments,
 * purchases: the person does it alone) or too vague to judge. Pure: runs in the renderer as in Node.
 */
export { compileMandate, judge, judgeRequest, type CompiledMandate, type JudgeInput, type Verdict, type VerdictKind } from './judge';
export { analyze, type Analysis } from './analyze';
export { fold, tokenize } from './normalize';
export { wordKey, isStopword } from './language';
export { editDistance } from './fuzzy';
export { correctTypo, THESAURUS, type SensitiveKind } from './thesaurus';
