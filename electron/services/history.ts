import { addDaysTo } from '../../shared/mandate/dates';
import type { HistoryFilters, HistoryItem, HistoryPage, SearchHit, SearchPage, SessionTimeline, TimelineEntry } from '../../shared/history/calls';
import { parisDayStart } from '../../shared/history/paris-day';
import { ftsQuery, MATCH_END, MATCH_START, snippetSegments } from '../../shared/history/search-text';
import type { Outcome } from '../../shared/session/session-events';
import type { Db } from './db/types';
import { AppError } from './errors';

/**
 * Sessions newest first, filtered, and searched through the FTS5 index of notes and recaps
 * (migration 0005). Every filter maps to an indexed column so that a page stays a few
 * milliseconds on 20,000 sessions; see test/main/history.test.ts for the query plans.
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

function pageOf({ page = 1, pageSize = 20 }: PageRequest) {
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

export function createHistoryService(db: Db) {
  // One statement per combination of filters (at most a few dozen), prepared once.
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };

  const snippetOf = db.prepare<{ q: string; hit: number }, { kind: 'note' | 'recap'; snip: string }>(
    `SELECT kind, snippet(session_search, 2, '${MATCH_START}', '${MATCH_END}', '…', 16) AS snip
     FROM session_search WHERE session_search MATCH @q AND rowid = @hit`,
  );
  const helpers = db.prepare<[], string>("SELECT DISTINCT helper_name FROM sessions WHERE helper_name <> '' ORDER BY helper_name").pluck();
  const itemById = db.prepare<[string], ItemRow>(`SELECT ${ITEM_COLUMNS} FROM sessions s JOIN persons p ON p.id = s.person_id WHERE s.id = ?`);
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

  function search(text: string, filters: HistoryFilters = {}, request: PageRequest = {}): SearchPage {
    const { page, pageSize, limit, offset } = pageOf(request);
    const q = ftsQuery(text);
    if (q === null) return { items: [], total: 0, page, pageSize };
    const { sql, params } = filterClause(filters);
    // One hit per session (its first matching note or recap); the total rides along with the
    // page so the index is read once.
    const hits = `WITH hits AS (SELECT session_id, min(rowid) AS hit FROM session_search WHERE session_search MATCH @q GROUP BY session_id)`;
    const rows = prepared(
      `${hits} SELECT ${ITEM_COLUMNS}, h.hit, count(*) OVER () AS total
       FROM hits h JOIN sessions s ON s.id = h.session_id JOIN persons p ON p.id = s.person_id
       ${sql} ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`,
    ).all({ ...params, q, limit, offset }) as (ItemRow & { hit: number; total: number })[];
    const total =
      rows[0]?.total ??
      (offset === 0 ? 0 : (prepared(`${hits} SELECT count(*) FROM hits h JOIN sessions s ON s.id = h.session_id ${sql}`).pluck().get({ ...params, q }) as number));
    const items = rows.map((r): SearchHit => {
      const found = snippetOf.get({ q, hit: r.hit });
      return { ...toItem(r), foundIn: found?.kind ?? 'note', snippet: snippetSegments(found?.snip ?? '') };
    });
    return { items, total, page, pageSize };
  }

  function timeline(sessionId: string): SessionTimeline {
    const row = itemById.get(sessionId);
    if (!row) throw new AppError('not_found', 'Séance introuvable : elle a peut-être été effacée.');
    const entries = eventsOf.all(sessionId).map((e): TimelineEntry => ({ seq: e.seq, type: e.type, at: e.at, details: detailsOf(e.payload) }));
    return { session: toItem(row), entries, recap: recapOf.get(sessionId) ?? null };
  }

  return { list, search, timeline, helpers: () => helpers.all() as string[] };
}

/**
 * The event's own fields, as plain values. The Quick Assist code is left out: it was
 * valid ten minutes and a record of it only invites misuse.
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
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'code') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') details[key] = value;
  }
  return details;
}

export type HistoryService = ReturnType<typeof createHistoryService>;
