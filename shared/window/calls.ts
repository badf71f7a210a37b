import { z } from 'zod';

export const WindowMode = z.object({
  mode: z.enum(['full', 'panel'], { message: 'window.modeUnknown' }),
  alwaysOnTop: z.boolean({ message: 'window.pinYesNo' }),
});
export type WindowMode = z.infer<typeof WindowMode>;

export const windowCalls = {
  /** Compact panel pinned beside Quick Assist, or the full window. `native` is false where the transport has no window to move (browser mode). */
  setWindowMode: { input: WindowMode.strict(), output: WindowMode.extend({ native: z.boolean() }) },
} as const;
