import type { z } from 'zod';
import { errorValue } from '../messages/error-value';
import { FRENCH } from '../messages/fr';
import { isMessageKey, placeholders } from '../messages/format';
import type { Message, MessageParams } from '../messages/message';
import type { AppErrorValue } from './result';

type Issue = z.ZodError['issues'][number];

/**
 * Schemas give zod a catalogue key as their message ('persons.nameRequired'); this folds zod's
 * issues into one keyed AppErrorValue with a keyed message per field. A bound the schema states
 * (`.max(200, 'history.searchTooLong')`) fills the text's `{{maximum}}` or `{{minimum}}`, and a
 * custom issue brings its own `params`. Zod's built-in messages are English sentences, not keys:
 * they become the generic 'input.invalid', so no untranslated text reaches the UI.
 */
export function zodToAppError(error: z.ZodError): AppErrorValue {
  const fields: Record<string, Message> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= keyed(issue);
  }
  const first: Message = Object.values(fields)[0] ?? { key: 'input.invalid' };
  return errorValue('invalid_input', first.key, first.params, fields);
}

/**
 * zod gives one message for a missing string and for a value of another type. A schema names
 * the missing case (« Le nom est obligatoire ») by its `…Required` key; a number sent for the name
 * is not missing: it is not text. Only seen when the parse reported its input (dispatch does).
 */
function wrongTypeForText(issue: Issue, key: string): boolean {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string' || !key.endsWith('Required')) return false;
  return issue.input !== undefined && issue.input !== null;
}

function keyed(issue: Issue): Message {
  const key = issue.message;
  if (!isMessageKey(key)) return { key: 'input.invalid' };
  if (wrongTypeForText(issue, key)) return { key: 'input.notText' };
  // Only what the text says: a bound it does not mention is noise on the bridge.
  const all = issueParams(issue) ?? {};
  const params = Object.fromEntries(placeholders(FRENCH[key]).filter((name) => Object.hasOwn(all, name)).map((name) => [name, all[name]!]));
  return Object.keys(params).length > 0 ? { key, params } : { key };
}

function issueParams(issue: Issue): MessageParams | undefined {
  switch (issue.code) {
    case 'too_big':
      return { maximum: Number(issue.maximum) };
    case 'too_small':
      return { minimum: Number(issue.minimum) };
    case 'custom':
      return issue.params as MessageParams | undefined;
    default:
      return undefined;
  }
}
