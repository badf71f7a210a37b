import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';
import { isIsoDate } from '../mandate/dates';
import { OUTCOMES } from '../session/session-events';

/**
 * History: past and open sessions, newest first, filtered and searched. Dates are French
 * calendar days (Europe/Paris), as the helper reads them on the screen.
 */

/** 'open' is a session not closed yet; the others are the outcome chosen at closing. */
export const HISTORY_OUTCOMES = [...OUTCOMES, 'open'] as const;
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];

export const MAX_PAGE_SIZE = 100;
export const MAX_SEARCH_LENGTH = 200;

const Day = (message: string) => z.string({ message }).refine(isIsoDate, { message });

export const HistoryFilters = z
  .object({
    personId: z.string({ message: 'history.personNotFound' }).uuid({ message: 'history.personNotFound' }).optional(),
    /** First day included. */
    from: Day('history.fromInvalid').optional(),
    /** Last day included. */
    to: Day('history.toInvalid').optional(),
    /** A helper profile: every session it held, under whatever name it had then. */
    helperId: z.string({ message: 'history.helperNotText' }).max(64, 'history.helperTooLong').optional(),
    /** Exactly as written on sessions held before helper profiles (the screen offers the names it found). */
    helperName: z.string({ message: 'history.helperNotText' }).max(200, 'history.helperTooLong').refine(hasNoControlChars, 'input.controlChars').optional(),
    outcome: z.enum(HISTORY_OUTCOMES, { message: 'history.outcomeUnknown' }).optional(),
    /** Only sessions with a request outside the mandate still waiting. */
    pendingFollowups: z.boolean({ message: 'history.pendingYesNo' }).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'history.fromAfterTo', path: ['to'] });
export type HistoryFilters = z.infer<typeof HistoryFilters>;

const Page = {
  page: z.number({ message: 'history.pageInvalid' }).int('history.pageInvalid').min(1, 'history.pageInvalid').default(1),
  pageSize: z
    .number({ message: 'history.pageSizeInvalid' })
    .int('history.pageSizeInvalid')
    .min(1, 'history.pageSizeInvalid')
    .max(MAX_PAGE_SIZE, 'history.pageSizeTooLarge')
    .default(20),
};

export const HistoryItem = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  helperName: z.string(),
  startedAt: z.number(),
  closedAt: z.number().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  /** Requests outside the mandate noted in this session and still waiting. */
  pendingFollowups: z.number().int(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

/** A piece of the snippet; `match` marks the words the search found. Never HTML. */
export const SnippetSegment = z.object({ text: z.string(), match: z.boolean() });
export type SnippetSegment = z.infer<typeof SnippetSegment>;

export const SearchHit = HistoryItem.extend({
  /** Where the words were found: a note of the session or its recap. */
  foundIn: z.enum(['note', 'recap']),
  snippet: z.array(SnippetSegment),
});
export type SearchHit = z.infer<typeof SearchHit>;

const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const HistoryPage = paged(HistoryItem);
export type HistoryPage = z.infer<typeof HistoryPage>;
export const SearchPage = paged(SearchHit);
export type SearchPage = z.infer<typeof SearchPage>;

/** Details are plain values the screen formats with its own words (French or English). */
export const TimelineEntry = z.object({
  seq: z.number().int(),
  at: z.number(),
  type: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const SessionTimeline = z.object({
  session: HistoryItem,
  entries: z.array(TimelineEntry),
  /** The recap text stored at closing; null while the session is open. */
  recap: z.string().nullable(),
});
export type SessionTimeline = z.infer<typeof SessionTimeline>;

const SessionId = z.string({ message: 'sessions.notFound' }).min(1, 'sessions.notFound').max(64, 'sessions.notFound');

export const historyCalls = {
  listHistory: { input: z.object({ filters: HistoryFilters.default({}), ...Page }).strict(), output: HistoryPage },
  searchHistory: {
    input: z
      .object({
        text: z.string({ message: 'history.searchNotText' }).max(MAX_SEARCH_LENGTH, 'history.searchTooLong'),
        filters: HistoryFilters.default({}),
        ...Page,
      })
      .strict(),
    output: SearchPage,
  },
  /**
   * For the helper filter: the helper profiles (retired ones too: they held sessions), and the names
   * of sessions held before profiles existed that no profile took over.
   */
  listHistoryHelpers: {
    input: z.object({}).strict().default({}),
    output: z.object({
      profiles: z.array(z.object({ id: z.string(), name: z.string(), retired: z.boolean() })),
      otherNames: z.array(z.string()),
    }),
  },
  sessionTimeline: { input: z.object({ sessionId: SessionId }).strict(), output: SessionTimeline },
} as const;
