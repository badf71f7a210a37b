import { z } from 'zod';
import { isMessageKey } from './format';
import type { Message, MessageKey, MessageParam, MessageParams } from './message';

/** Zod schemas for keyed messages inside call outputs (the dispatcher checks every answer against its contract). */

export const MessageKeySchema = z.custom<MessageKey>(isMessageKey, 'Unknown message key.');

const DaySchema = z.object({ day: z.string() });

export const MessageSchema: z.ZodType<Message> = z.lazy(() => z.object({ key: MessageKeySchema, params: MessageParamsSchema.optional() }));

const MessageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([z.string(), z.number(), DaySchema, MessageSchema, z.array(MessageSchema)]),
);

export const MessageParamsSchema: z.ZodType<MessageParams> = z.record(z.string(), MessageParamSchema);
