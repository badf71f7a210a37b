import type { z } from 'zod';
import type { AppErrorValue } from './result';

const GENERIC = 'Les données envoyées ne sont pas valides.';

/**
 * Schemas carry their own French messages; this folds zod issues into one AppErrorValue.
 * Zod's built-in (English) messages are replaced by the generic sentence so no English
 * leaks into the UI.
 */
export function zodToAppError(error: z.ZodError): AppErrorValue {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (fields[key]) continue;
    fields[key] = isOurMessage(issue.message) ? issue.message : GENERIC;
  }
  const first = Object.values(fields)[0] ?? GENERIC;
  return { code: 'invalid_input', message: first, fields };
}

// Zod's own default messages are English and start with these words; ours are French.
function isOurMessage(message: string): boolean {
  return message.trim() !== '' && !/^(Invalid|Expected|Too (big|small)|Unrecognized|Required|Input not|Number must|String must)/.test(message);
}
