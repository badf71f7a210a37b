import { addDaysTo } from '../../shared/mandate/dates';
import type { historyCalls, HistoryFilters, HistoryItem, HistoryPage, SearchHit, SearchPage, SessionTimeline, TimelineEntry } from '../../shared/history/calls';
import { parisDayStart } from '../../shared/history/paris-day';
import { ftsQuery, highlight, searchTerms } from '../../shared/history/search-text';
import type { Outcome } from '../../shared/session/session-events';
import { SEARCH_KEY_SHIFT } from './db/migrations/0005-history-search';
import type { ReadableDB, ReadStatement } from './db/types';
import { AppError } from './errors';
import type { SearchIndex } from './sessions/search-index';
import type { HandlersFor } from './handler-map';

/**
 * A read model: sessions newest first, filtered, and searched through the FTS5 index of
 * notes and recaps (migration 0005), reading sessions, persons, follow-ups and session
 * events without owning any of them (their stores write them). Every filter maps to an
 * indexed column so that a page stays a few milliseconds on 20,000 sessions; see
 * test/electron/services/history.test.ts for the query plans.
 */

export interface PageRequest {
  page?: number;
  pageSize?: number;
}

interface ItemRow {
  id: string;
  person_id: string;
  person_name: string;
  helper_name: string;
  started_at: number;
  closed_at: number | null;
  outcome: Outcome | null;
  pending: number;
}

const ITEM_COLUMNS = `s.id, s.person_id, p.name AS person_name, s.helper_name, s.started_at, s.closed_at, s.outcome,
  (SELECT count(*) FROM followups f WHERE f.session_id = s.id AND f.status = 'pending') AS pending`;

/** Newest first; rowid breaks ties the way the started_at index already orders them. */
const NEWEST_FIRST = 'ORDER BY s.started_at DESC, s.rowid DESC';

const toItem = (r: ItemRow): HistoryItem => ({
  id: r.id,
  personId: r.person_id,
  personName: r.person_name,
  helperName: r.helper_name,
  startedAt: r.started_at,
  closedAt: r.closed_at,
  outcome: r.outcome,
  pendingFollowups: r.pending,
});

/** The SQL conditions for the filters; only the set filters appear, so each plan can use its index. */
export function filterClause(f: HistoryFilters): { sql: string; params: Record<string, string | number> } {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.personId) {
    conditions.push('s.person_id = @personId');
    params.personId = f.personId;
  }
  if (f.from) {
    conditions.push('s.started_at >= @from');
    params.from = parisDayStart(f.from);
  }
  if (f.to) {
    // The last day is included: up to the start of the next French day.
    conditions.push('s.started_at < @to');
    params.to = parisDayStart(addDaysTo(f.to, 1));
  }
  if (f.helperId !== undefined && f.helperId !== '') {
    conditions.push('s.helper_id = @helperId');
    params.helperId = f.helperId;
  }
  if (f.helperName !== undefined && f.helperName !== '') {
    conditions.push('s.helper_name = @helperName');
    params.helperName = f.helperName;
  }
  if (f.outcome === 'open') conditions.push('s.closed_at IS NULL');
  else if (f.outcome) {
    conditions.push('s.outcome = @outcome');
    params.outcome = f.outcome;
  }
  if (f.pendingFollowups) {
    conditions.push("EXISTS (SELECT 1 FROM followups f WHERE f.session_id = s.id AND f.status = 'pending')");
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The page and count statements of the list, apart so that their query plans can be checked. */
export function listQueries(filters: HistoryFilters) {
  const { sql, params } = filterClause(filters);
  return {
    rows: `SELECT ${ITEM_COLUMNS} FROM sessions s JOIN persons p ON p.id = s.person_id ${sql} ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`,
    count: `SELECT count(*) FROM sessions s ${sql}`,
    params,
  };
}

/**
 * Search as a filter on sessions: the sessions with a hit form a set built from the index
 * rowids alone, and the sessions are walked newest first through the same indexes as the
 * list, each checked against that set. The unary + keeps SQLite from turning this inside
 * out (one row lookup per hit, then a sort). One statement answers the rowids of every
 * session found, in order: the total is their number and the page a slice of them, so the
 * index is searched once per search, not once for the page and again for the count.
 */
export function searchQueries(filters: HistoryFilters) {
  const { sql, params } = filterClause(filters);
  const hit = `+s.rowid IN (SELECT rowid / ${SEARCH_KEY_SHIFT} FROM session_search WHERE session_search MATCH @q)`;
  const where = sql ? `${sql} AND ${hit}` : `WHERE ${hit}`;
  return { found: `SELECT s.rowid FROM sessions s ${where} ${NEWEST_FIRST}`, params };
}

function pageOf({ page = 1, pageSize = 20 }: PageRequest) {
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

export function createHistoryService(db: ReadableDB, index: Pick<SearchIndex, 'behind' | 'catchUp'>, log: (e: unknown) => void = () => {}) {
  // One statement per combination of filters (at most a few dozen), prepared once.
  const statements = new Map<string, ReadStatement<unknown[], unknown>>();
  const prepared = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };

  // The texts a hit can come from, notes first, read from their own tables (see highlight()).
  const notesOf = db.prepare<[string], string>(
    "SELECT json_extract(payload, '$.text') FROM session_events WHERE session_id = ? AND type = 'note_added' ORDER BY seq",
  ).pluck();
  const profiles = db.prepare<[], { id: string; name: string; retired: number }>(
    'SELECT id, display_name AS name, retired_at IS NOT NULL AS retired FROM helpers ORDER BY retired_at IS NOT NULL, display_name COLLATE NOCASE, id',
  );
  const otherNames = db
    .prepare<[], string>("SELECT DISTINCT helper_name FROM sessions WHERE helper_id IS NULL AND helper_name <> '' ORDER BY helper_name")
    .pluck();
  const itemById = db.prepare<[string], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM sessions s JOIN persons p ON p.id = s.person_id WHERE s.id = ?`);
  const itemByRowid = db.prepare<[number], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM sessions s JOIN persons p ON p.id = s.person_id WHERE s.rowid = ?`);
  const recapOf = db.prepare<[string], string | null>('SELECT recap FROM sessions WHERE id = ?').pluck();
  const eventsOf = db.prepare<[string], { seq: number; type: string; at: number; payload: string }>(
    'SELECT seq, type, at, payload FROM session_events WHERE session_id = ? ORDER BY seq',
  );

  function list(filters: HistoryFilters = {}, request: PageRequest = {}): HistoryPage {
    const queries = listQueries(filters);
    const { page, pageSize, limit, offset } = pageOf(request);
    const rows = prepared(queries.rows).all({ ...queries.params, limit, offset }) as ItemRow[];
    const total = prepared(queries.count).pluck().get(queries.params) as number;
    return { items: rows.map(toItem), total, page, pageSize };
  }

  /** Notes logged since the last search join the index first, in one batch (sessions/search-index.ts). */
  function indexNewNotes() {
    try {
      if (index.behind()) index.catchUp();
    } catch (error) {
      // A full or read-only disk: search what is indexed rather than fail.
      log(error);
    }
  }

  function search(text: string, filters: HistoryFilters = {}, request: PageRequest = {}): SearchPage {
    const { page, pageSize, limit, offset } = pageOf(request);
    const q = ftsQuery(text);
    if (q === null) return { items: [], total: 0, page, pageSize };
    indexNewNotes();
    return searchIndexed(q, searchTerms(text), filters, { page, pageSize, limit, offset });
  }

  // One read transaction: the page, its total and its excerpts come from the same state.
  const searchIndexed = db.transaction(
    (q: string, terms: ReturnType<typeof searchTerms>, filters: HistoryFilters, { page, pageSize, limit, offset }: ReturnType<typeof pageOf>): SearchPage => {
      const queries = searchQueries(filters);
      const found = prepared(queries.found).pluck().all({ ...queries.params, q }) as number[];
      const rows = found.slice(offset, offset + limit).map((rowid) => itemByRowid.get(rowid)!);
      const items = rows.map((r): SearchHit => ({ ...toItem(r), ...excerpt(r.id, terms) }));
      return { items, total: found.length, page, pageSize };
    },
  );

  function excerpt(sessionId: string, terms: ReturnType<typeof searchTerms>): Pick<SearchHit, 'foundIn' | 'snippet'> {
    for (const note of notesOf.all(sessionId) as string[]) {
      const snippet = highlight(note, terms);
      if (snippet) return { foundIn: 'note', snippet };
    }
    const snippet = highlight(recapOf.get(sessionId) ?? '', terms);
    return { foundIn: 'recap', snippet: snippet ?? [] };
  }

  function timeline(sessionId: string): SessionTimeline {
    const row = itemById.get(sessionId);
    if (!row) throw new AppError('not_found', 'history.sessionNotFound');
    const entries = eventsOf.all(sessionId).map((e): TimelineEntry => ({ seq: e.seq, type: e.type, at: e.at, details: detailsOf(e.payload) }));
    return { session: toItem(row), entries, recap: recapOf.get(sessionId) ?? null };
  }

  const handlers: HandlersFor<typeof historyCalls> = {
    listHistory: ({ filters, page, pageSize }) => list(filters, { page, pageSize }),
    searchHistory: ({ text, filters, page, pageSize }) => search(text, filters, { page, pageSize }),
    listHistoryHelpers: () => ({
      profiles: profiles.all().map((p) => ({ id: p.id, name: p.name, retired: p.retired === 1 })),
      otherNames: otherNames.all(),
    }),
    sessionTimeline: ({ sessionId }) => timeline(sessionId),
  };

  return { list, search, timeline, handlers };
}

/**
 * The event's own fields, as plain values: an object's fields under `key.field` (the helper of
 * a session), a list of lines as their labels joined (today's plan). The Quick Assist code is
 * left out: it was valid a few minutes and a record of it only invites misuse.
 */
function detailsOf(payload: string): TimelineEntry['details'] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const details: TimelineEntry['details'] = {};
  const plain = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'code') continue;
    if (plain(value)) details[key] = value;
    else if (Array.isArray(value)) {
      const labels = value.map((v: unknown) => (typeof v === 'object' && v !== null && 'label' in v && typeof v.label === 'string' ? v.label : null));
      if (labels.every((l) => l !== null)) details[key] = labels.join(', ');
    } else if (typeof value === 'object' && value !== null) {
      for (const [field, inner] of Object.entries(value)) if (plain(inner)) details[`${key}.${field}`] = inner;
    }
  }
  return details;
}

export type HistoryService = ReturnType<typeof createHistoryService>;
