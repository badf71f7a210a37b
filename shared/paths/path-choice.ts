import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';

/**
 * How a call that writes or reads a file outside the data folder learns where. The desktop app
 * sends `{ pick: true }`: the main process asks with the system's own dialog, on the window that
 * called, and never reads a path from the page (one it sends anyway is ignored). Browser mode has
 * no such dialog: the helper types `{ path }`, which the main process accepts only when it names
 * a local folder or file (shared/paths/local-path.ts, by the rules of the system it runs on).
 * Either way a closed dialog answers null: nothing done, nothing recorded.
 */
export const PickWithDialog = z.object({ pick: z.literal(true) }).strict();

export const TypedPath = z
  .object({
    path: z
      .string({ message: 'paths.required' })
      .trim()
      .min(1, 'paths.required')
      .max(1000, 'paths.tooLong')
      .refine(hasNoControlChars, 'input.pathControlChars'),
  })
  .strict();

export const PathChoice = z.union([PickWithDialog, TypedPath]);
export type PathChoice = z.infer<typeof PathChoice>;
