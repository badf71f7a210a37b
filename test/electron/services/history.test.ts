import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app';
import { listQueries, searchQueries } from '../../../electron/services/history';
import type { HistoryFilters } from '../../../shared/history/calls';
import { parisDayStart } from '../../../shared/history/paris-day';
import { ftsQuery } from '../../../shared/history/search-text';
import { HYGIENE_ITEMS } from '../../../shared/session/hygiene';
import type { SessionCommand } from '../../../shared/session/commands';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { call } from '../../helpers/call';
import { testFolderKey } from '../../helpers/test-key';

const tempDir = useTempDirs();

/** Services on a real SQLite file, with a clock and a helper name the test moves. */
function setup() {
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  const settingsFile = memorySettingsFile({ helperName: 'Camille Aidante' });
  const s = createAppServices({ key: testFolderKey, dataDir: tempDir(), settingsFile, version: 't', log: () => {}, now: () => new Date(clock.now) });
  return { s, clock, settingsFile };
}
type S = ReturnType<typeof setup>['s'];

const cmd = (s: S, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

async function startSession(s: S, personId: string) {
  const v = await call(s, 'startSession', { personId });
  await cmd(s, v.id, { type: 'override_mandate', reason: 'Mandat papier signé, saisie demain' });
  return v.id;
}

/** A completed session goes to the closing step and ticks the end-of-session checklist. */
async function complete(s: S, id: string) {
  let v = await cmd(s, id, { type: 'next' });
  while (v.state.step !== 'closing') {
    // « Fin du partage » is never skipped before Quick Assist is closed.
    if (v.state.step === 'end_sharing') await cmd(s, id, { type: 'check_hygiene', itemId: 'quick_assist_closed', checked: true });
    v = await cmd(s, id, { type: 'skip', reason: 'Séance courte de démonstration' });
  }
  for (const item of HYGIENE_ITEMS) await cmd(s, id, { type: 'check_hygiene', itemId: item.id, checked: true });
  await cmd(s, id, { type: 'close', outcome: 'completed' });
}

/**
 * A: Hélène, Camille, 2 March, aborted, a note with accents and a pending follow-up.
 * B: Jean, Louis, 10 March, completed, a note about the printer.
 * C: Hélène, Louis, 1 April 00:30 in Paris (31 March in UTC), still open.
 */
async function seed() {
  const ctx = setup();
  const { s, clock } = ctx;
  const helene = await call(s, 'createPerson', { name: 'Hélène Martin' });
  const jean = await call(s, 'createPerson', { name: 'Jean Dupont' });

  const a = await startSession(s, helene.id);
  await cmd(s, a, { type: 'add_note', text: 'Problème d’électricité : la box redémarre sans cesse.' });
  await cmd(s, a, { type: 'next' });
  await cmd(s, a, { type: 'confirm_code_box' });
  await cmd(s, a, { type: 'next' });
  await cmd(s, a, { type: 'generate_code', code: 'AB12CD' });
  await cmd(s, a, { type: 'request_followup', text: 'Installer un antivirus' });
  await cmd(s, a, { type: 'close', outcome: 'aborted' });

  clock.now = Date.parse('2026-03-10T09:00:00Z');
  // A second volunteer: a profile of its own, chosen at preparation, then the last used.
  const louis = await call(s, 'addHelper', { displayName: 'Louis Bénévole', quickAssistName: 'Louis B.' });
  const b = await startSession(s, jean.id);
  await cmd(s, b, { type: 'choose_helper', helperId: louis.id });
  await cmd(s, b, { type: 'add_note', text: 'Imprimante installée et page de test imprimée.' });
  await complete(s, b);

  clock.now = Date.parse('2026-03-31T22:30:00Z');
  const c = await startSession(s, helene.id);
  await cmd(s, c, { type: 'add_note', text: 'Rendez-vous pris pour la suite.' });
  const camille = (await call(s, 'listHelpers', {})).helpers.find((h) => h.displayName === 'Camille Aidante')!;
  return { ...ctx, helene: helene.id, jean: jean.id, a, b, c, louis: louis.id, camille: camille.id };
}

const list = (s: S, filters: HistoryFilters = {}, page = 1, pageSize = 20) => call(s, 'listHistory', { filters, page, pageSize });
const search = (s: S, text: string, filters: HistoryFilters = {}) => call(s, 'searchHistory', { text, filters });
const ids = (p: { items: { id: string }[] }) => p.items.map((i) => i.id);

describe('history (real SQLite)', () => {
  it('stores the rendered recap with the closing, and only then', async () => {
    const { s, a, c } = await seed();
    const recap = (id: string) => s.db.prepare('SELECT recap FROM sessions WHERE id = ?').pluck().get(id) as string | null;
    expect(recap(a)).toMatch(/^Voici le résumé de notre séance\./);
    expect(recap(a)).toContain('Installer un antivirus');
    expect(recap(a)).toContain('Nous avons arrêté la séance avant la fin.');
    expect(recap(c)).toBeNull();
    const timeline = await call(s, 'sessionTimeline', { sessionId: a });
    expect(timeline.recap).toBe(recap(a));
  });

  it('lists newest first with person names; each filter narrows', async () => {
    const { s, helene, a, b, c, louis } = await seed();
    const all = await list(s);
    expect(ids(all)).toEqual([c, b, a]);
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({ personName: 'Hélène Martin', helperName: 'Louis Bénévole', outcome: null, closedAt: null });
    expect(all.items[2]).toMatchObject({ outcome: 'aborted', pendingFollowups: 1 });

    expect(ids(await list(s, { personId: helene }))).toEqual([c, a]);
    expect(ids(await list(s, { helperId: louis }))).toEqual([c, b]);
    expect(ids(await list(s, { helperName: 'Louis Bénévole' }))).toEqual([c, b]);
    expect(ids(await list(s, { outcome: 'completed' }))).toEqual([b]);
    expect(ids(await list(s, { outcome: 'aborted' }))).toEqual([a]);
    expect(ids(await list(s, { outcome: 'partial' }))).toEqual([]);
    expect(ids(await list(s, { outcome: 'open' }))).toEqual([c]);
    expect(ids(await list(s, { pendingFollowups: true }))).toEqual([a]);
    // French days: C began on 1 April in Paris although it was still 31 March in UTC.
    expect(ids(await list(s, { from: '2026-04-01' }))).toEqual([c]);
    expect(ids(await list(s, { to: '2026-03-31' }))).toEqual([b, a]);
    expect(ids(await list(s, { from: '2026-03-02', to: '2026-03-02' }))).toEqual([a]);
    expect(ids(await list(s, { personId: helene, helperId: louis }))).toEqual([c]);

    const [followup] = await call(s, 'listFollowups', { personId: helene });
    await call(s, 'setFollowupStatus', { id: followup!.id, status: 'planned' });
    expect(ids(await list(s, { pendingFollowups: true }))).toEqual([]);
  });

  it('pages with a total, and refuses bad filters in French', async () => {
    const { s, a, b, c } = await seed();
    const first = await list(s, {}, 1, 2);
    const second = await list(s, {}, 2, 2);
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...ids(first), ...ids(second)]).toEqual([c, b, a]);
    expect(ids(await list(s, {}, 3, 2))).toEqual([]);

    const bad = await s.dispatch('listHistory', { filters: { from: '2026-03-10', to: '2026-03-01' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/date de début est après la date de fin/);
    const notADay = await s.dispatch('listHistory', { filters: { from: '2026-02-30' } });
    expect(notADay.ok).toBe(false);
    if (!notADay.ok) expect(notADay.error.message).toMatch(/pas une date valide/);
  });

  it('finds a note and a recap, accent-insensitive and by prefix, with marked segments', async () => {
    const { s, a, b } = await seed();
    const found = await search(s, 'electricite');
    expect(ids(found)).toEqual([a]);
    expect(found.total).toBe(1);
    const hit = found.items[0]!;
    expect(hit).toMatchObject({ personName: 'Hélène Martin', foundIn: 'note' });
    expect(hit.snippet.filter((x) => x.match).map((x) => x.text)).toEqual(['électricité']);
    expect(hit.snippet.map((x) => x.text).join('')).toContain('la box redémarre');

    // Only in the recap: the follow-up is read out as outside the mandate.
    const recap = await search(s, 'ANTIVIRUS');
    expect(ids(recap)).toEqual([a]);
    expect(recap.items[0]!.foundIn).toBe('recap');

    expect(ids(await search(s, 'imprim'))).toEqual([b]);
    expect(ids(await search(s, 'imprim '))).toEqual([]);
    expect(ids(await search(s, 'page impri'))).toEqual([b]);
    expect(ids(await search(s, 'box imprimante'))).toEqual([]);
    // Search and filters combine.
    expect(ids(await search(s, 'électricité', { outcome: 'completed' }))).toEqual([]);
    expect(ids(await search(s, 'électricité', { helperName: 'Camille Aidante', to: '2026-03-05' }))).toEqual([a]);
  });

  it('never throws on FTS5 syntax typed by a person', async () => {
    const { s, a } = await seed();
    const hostile = ['"', '"électricité', 'électricité"', 'NEAR(', 'NEAR(box électricité, 2)', '*', '-', '-box', 'box -', 'AND', 'OR OR',
      'NOT box', 'body:box', 'session_id:x', '^box', '()', '(box', 'box)', "l'électricité", '{box}', '\u0000', '🙂', '   ', '', 'box AND', '+'];
    for (const text of hostile) {
      const r = await s.dispatch('searchHistory', { text });
      expect(r.ok, text).toBe(true);
    }
    expect(ids(await search(s, '"électricité'))).toEqual([a]);
    // NEAR is only a word here, and no note has it.
    expect(ids(await search(s, 'NEAR(box électricité, 2)'))).toEqual([]);
    expect(ids(await search(s, "l'électricité"))).toEqual([]);
    expect(ids(await search(s, '-box'))).toEqual([a]);
    expect(ftsQuery('NEAR(box "x')).toBe('"NEAR" "box" "x"*');
    expect(ftsQuery('?!')).toBeNull();
  });

  it('an erased person disappears from the list and the search', async () => {
    const { s, helene, jean } = await seed();
    const erase = s.db.transaction((personId: string) => {
      s.db.prepare('UPDATE purge_gate SET open = 1').run();
      s.db.prepare('DELETE FROM persons WHERE id = ?').run(personId);
      s.db.prepare('UPDATE purge_gate SET open = 0').run();
    });
    expect((await search(s, 'box')).total).toBe(1);
    erase(helene);
    expect((await search(s, 'box')).total).toBe(0);
    expect((await search(s, 'antivirus')).total).toBe(0);
    const left = await list(s);
    expect(left.items.map((i) => i.personId)).toEqual([jean]);
    const rows = s.db.prepare('SELECT count(*) FROM session_search').pluck().get();
    expect(rows).toBe(2);

    // A purge of events that keeps the session row drops their notes from the index too.
    s.db.transaction(() => {
      s.db.prepare('UPDATE purge_gate SET open = 1').run();
      s.db.prepare("DELETE FROM session_events WHERE type = 'note_added'").run();
      s.db.prepare('UPDATE purge_gate SET open = 0').run();
    })();
    // The helper's notes are no longer in the recap read to the person (issue 12): its own words are.
    expect((await search(s, 'imprimante')).items).toEqual([]);
    expect((await search(s, 'confiance')).items.map((i) => i.foundIn)).toEqual(['recap']);
    expect(s.db.prepare('SELECT kind FROM session_search').pluck().all()).toEqual(['recap']);
  });

  it('gives the timeline in order, without the security code', async () => {
    const { s, a } = await seed();
    const t = await call(s, 'sessionTimeline', { sessionId: a });
    expect(t.session).toMatchObject({ id: a, personName: 'Hélène Martin', outcome: 'aborted' });
    expect(t.entries.map((e) => e.type)).toEqual([
      'session_started',
      'mandate_overridden',
      'note_added',
      'step_entered',
      'code_box_ready',
      'step_entered',
      'code_generated',
      'followup_requested',
      'session_closed',
    ]);
    expect(t.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The helper, as the session recorded it: flat values for the screen's sentence.
    expect(t.entries[0]!.details).toMatchObject({ mandateStatus: 'none', 'helper.name': 'Camille Aidante', 'helper.quickAssistName': '' });
    expect(t.entries[2]!.details).toEqual({ text: 'Problème d’électricité : la box redémarre sans cesse.' });
    expect(t.entries[6]!.details).not.toHaveProperty('code');
    expect(t.entries[6]!.details).toHaveProperty('deadline');
    const missing = await s.dispatch('sessionTimeline', { sessionId: 'nope' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not_found');
  });

  it('list queries walk an index in order: no sort of all sessions', async () => {
    const { s, helene, louis } = await seed();
    const cases: HistoryFilters[] = [
      {},
      { personId: helene },
      { helperName: 'Louis Bénévole' },
      { helperId: louis },
      { outcome: 'completed' },
      { from: '2026-03-01', to: '2026-03-31' },
      { pendingFollowups: true },
    ];
    for (const filters of cases) {
      const q = listQueries(filters);
      const plan = (s.db.prepare(`EXPLAIN QUERY PLAN ${q.rows}`).all({ ...q.params, limit: 20, offset: 0 }) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
      expect(plan, JSON.stringify(filters)).not.toMatch(/TEMP B-TREE/);
      expect(plan, JSON.stringify(filters)).toMatch(/SCAN s USING INDEX|SEARCH s USING INDEX/);
      expect(plan).toMatch(/SEARCH f USING (COVERING )?INDEX followups_pending_session/);
      // Search walks the same index, checking each session against the set of hits.
      const sq = searchQueries(filters);
      const searchPlan = (s.db.prepare(`EXPLAIN QUERY PLAN ${sq.found}`).all({ ...sq.params, q: '"box"' }) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
      expect(searchPlan, JSON.stringify(filters)).not.toMatch(/TEMP B-TREE/);
      expect(searchPlan).toMatch(/LIST SUBQUERY/);
    }
  });

  it('a French day starts at midnight in Paris, summer or winter', () => {
    expect(new Date(parisDayStart('2026-01-15')).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(new Date(parisDayStart('2026-07-15')).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(new Date(parisDayStart('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(parisDayStart('2026-03-30')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(parisDayStart('2026-10-25')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(new Date(parisDayStart('2026-10-26')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});
