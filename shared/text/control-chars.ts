/**
 * Characters a name, a one-line text or a file path never needs, and that can hide or disguise
 * what is shown or printed: C0 controls (tab, line feeds, escape…), DEL and C1 controls, the
 * Unicode line and paragraph separators, and the bidirectional embeddings, overrides and
 * isolates that make text display in another order than it is stored (a mandate line or a file
 * name that reads differently from what it is).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** For zod's refine: true when the text holds none of them. */
export const hasNoControlChars = (text: string): boolean => !CONTROL_CHARS.test(text);
