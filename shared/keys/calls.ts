import { z } from 'zod';
import { StartupState } from '../records/recovery';

/** The recovery phrase's length: 8 words of a 2,048-word list (88 bits). */
export const PHRASE_WORD_COUNT = 8;

/** A phrase as typed: the host parses its words (keys/recovery-phrase.ts). */
export const PhraseText = z.string({ message: 'keys.phraseRequired' }).trim().min(1, 'keys.phraseRequired').max(400, 'keys.phraseTooLong');

/** Two words of the new phrase typed back, at the positions the set-up asked for. */
const confirmation = z
  .object({
    words: z.array(z.string().trim().max(40, 'keys.wordTooLong')).length(2),
  })
  .strict();

/** A new phrase to show once: its words, and the two positions the helper must type back. */
export const NewPhrase = z.object({
  words: z.array(z.string()).length(PHRASE_WORD_COUNT),
  confirm: z.tuple([z.number().int().min(1).max(PHRASE_WORD_COUNT), z.number().int().min(1).max(PHRASE_WORD_COUNT)]),
});
export type NewPhrase = z.infer<typeof NewPhrase>;

export const KeyInfo = z.object({
  /** How the data was opened at this start: by the operating system, or with the phrase. */
  openedWith: z.enum(['os', 'phrase']),
  /** Whether this computer's system also protects the key (no phrase at the next start). */
  osProtected: z.boolean(),
  phraseSetAt: z.string(),
  phraseWords: z.number().int(),
  phraseBits: z.number().int(),
});
export type KeyInfo = z.infer<typeof KeyInfo>;

const empty = z.object({}).strict().default({});

export const keysCalls = {
  /** First start: a new phrase (and a new one at each call until one is confirmed). */
  beginKeySetup: { input: empty, output: NewPhrase },
  /** The two words typed back: the key is made, then existing plain data is encrypted. */
  confirmKeySetup: { input: confirmation, output: z.object({ done: z.literal(true) }) },
  /** Locked (another laptop, the system's key gone, browser mode): the phrase opens the data. */
  unlockWithPhrase: { input: z.object({ phrase: PhraseText }).strict(), output: z.object({ done: z.literal(true) }) },
  getKeyInfo: { input: empty, output: KeyInfo },
  /** Réglages: a new phrase for the same key. The current phrase is asked unless the system opened the data. */
  beginPhraseChange: { input: z.object({ currentPhrase: PhraseText.nullable().default(null) }).strict(), output: NewPhrase },
  confirmPhraseChange: { input: confirmation, output: KeyInfo },
} as const;

/** The start-up state changed (encryption progress, then ready): the first screens follow it. */
export const keysEvents = {
  startupChanged: StartupState,
} as const;
