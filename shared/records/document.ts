import { z } from 'zod';

/**
 * « Vérifier un document »: a code read from a paper the person keeps — a closed session's
 * seal code (on its recap) or a mandate's attestation code — checked against the records.
 */
export const DocumentMatch = z.object({
  personId: z.string(),
  personName: z.string(),
  /** The session or the mandate the code was given for. */
  subjectId: z.string(),
  /** The session's start, or the mandate's consent. */
  at: z.number().int().nullable(),
  /** The session's helper. */
  helper: z.string().nullable(),
  /** The mandate's version. */
  version: z.number().int().nullable(),
  /** The records still give exactly this code: nothing they cover was changed since it was issued. */
  intact: z.boolean(),
});
export type DocumentMatch = z.infer<typeof DocumentMatch>;

export const DocumentCheck = z.object({
  kind: z.enum(['seal', 'attestation']),
  /** The code as read, normalised (« 7KQ2-M9XD-4RTA », « AB12-CD34-EF »). */
  code: z.string(),
  /** Empty: no record was ever given this code. */
  matches: z.array(DocumentMatch),
});
export type DocumentCheck = z.infer<typeof DocumentCheck>;

const SessionId = z.string({ message: 'sessions.notFound' }).min(1, 'sessions.notFound').max(64, 'sessions.notFound');

export const documentCalls = {
  verifyDocument: {
    input: z.object({ code: z.string({ message: 'document.codeRequired' }).trim().min(1, 'document.codeRequired').max(40, 'document.codeInvalid') }).strict(),
    output: DocumentCheck,
  },
  /** A closed session's seal code, for its recap (null while it is open). */
  getSessionSeal: { input: z.object({ sessionId: SessionId }).strict(), output: z.object({ code: z.string().nullable() }) },
} as const;
