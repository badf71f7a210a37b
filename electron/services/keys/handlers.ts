import type { keysCalls } from '../../../shared/keys/calls';
import { AppError } from '../errors';
import type { HandlersFor } from '../handler-map';

/** What the host (host.ts) answers: it alone holds the key and the folder's state. */
export type KeyControl = HandlersFor<typeof keysCalls>;

/** Services opened without a host (tests, tools) have no key to set up or change. */
export function keysHandlers(control: KeyControl | undefined): HandlersFor<typeof keysCalls> {
  const unavailable = () => {
    throw new AppError('unavailable', 'restore.unavailableHere');
  };
  return control ?? { beginKeySetup: unavailable, confirmKeySetup: unavailable, unlockWithPhrase: unavailable, getKeyInfo: unavailable, beginPhraseChange: unavailable, confirmPhraseChange: unavailable };
}
