import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings/schema';
import {
  ANTI_SCAM_POINT_ID,
  DEFAULT_TALKING_POINTS,
  DEFAULT_TROUBLESHOOTING,
  HYGIENE_ITEMS,
  isHygieneComplete,
  missingHygiene,
  resolveTalkingPoints,
  STEP_GUIDES,
  STEP_IDS,
  stepsWithoutPoints,
  talkingPointsFor,
  troubleshootingFor,
} from '../../../shared/session';
import { ENGLISH_CATALOGUE } from '../../../shared/messages/en';
import { formatMessage, frenchText } from '../../../shared/messages/format';
import type { MessageKey } from '../../../shared/messages/message';
import { started, walkTo } from './driver';

const fr = (key: MessageKey) => frenchText({ key });
const en = (key: MessageKey) => formatMessage({ key }, ENGLISH_CATALOGUE);

describe('talking points', () => {
  it('gives every step one to three points with unique, stable ids', () => {
    expect(stepsWithoutPoints(DEFAULT_TALKING_POINTS)).toEqual([]);
    for (const step of STEP_IDS) {
      const points = talkingPointsFor(DEFAULT_TALKING_POINTS, step);
      expect(points.length, step).toBeGreaterThanOrEqual(1);
      expect(points.length, step).toBeLessThanOrEqual(3);
      for (const p of points) expect(p.id.startsWith(`${step}.`)).toBe(true);
    }
    const ids = DEFAULT_TALKING_POINTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Settings keep overrides under these ids, 80 characters at most.
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(80);
    expect(ids).toContain(ANTI_SCAM_POINT_ID);
  });

  it('speaks with « vous », in short sentences', () => {
    // Letter-aware boundaries: with \b, the « tes » of « êtes » would count as a word.
    const tutoiement = /(?<!\p{L})(?:(?:tu|te|toi|ton|ta|tes)(?!\p{L})|t’)/iu;
    for (const p of DEFAULT_TALKING_POINTS) {
      expect(p.text, p.id).not.toMatch(tutoiement);
      for (const sentence of p.text.split(/[.?!]\s/)) expect(sentence.split(/\s+/).length, p.id).toBeLessThanOrEqual(20);
    }
    expect(DEFAULT_TALKING_POINTS.filter((p) => /\bvous\b|\bvotre\b/i.test(p.text)).length).toBeGreaterThan(DEFAULT_TALKING_POINTS.length / 2);
  });

  it('reminds the person never to give a code to an unknown caller', () => {
    const reminder = DEFAULT_TALKING_POINTS.find((p) => p.id === ANTI_SCAM_POINT_ID)!;
    expect(reminder.step).toBe('preparation');
    expect(reminder.text).toMatch(/jamais.*code/);
    expect(fr(STEP_GUIDES.preparation.instruction)).toMatch(/connaissez/);
  });

  it('applies overrides by id, and falls back to the default for a blank one', () => {
    const overrides = {
      'call.ready': '  Bonjour ! Êtes-vous prête ?  ',
      'code.validity': '   ',
      'gone.point': 'ignoré',
    };
    const resolved = resolveTalkingPoints(DEFAULT_TALKING_POINTS, overrides);
    expect(resolved.map((p) => p.id)).toEqual(DEFAULT_TALKING_POINTS.map((p) => p.id));
    const ready = resolved.find((p) => p.id === 'call.ready')!;
    expect(ready).toMatchObject({ text: 'Bonjour ! Êtes-vous prête ?', overridden: true, step: 'call' });
    expect(ready.defaultText).toBe(DEFAULT_TALKING_POINTS.find((p) => p.id === 'call.ready')!.text);
    const validity = resolved.find((p) => p.id === 'code.validity')!;
    expect(validity).toMatchObject({ overridden: false, text: validity.defaultText });
    expect(resolved.filter((p) => p.overridden)).toHaveLength(1);
    expect(resolved.some((p) => p.text === 'ignoré')).toBe(false);
  });

  it('takes the settings’ override map as is', () => {
    const resolved = resolveTalkingPoints(DEFAULT_TALKING_POINTS, DEFAULT_SETTINGS.talkingPointOverrides);
    expect(resolved.every((p) => !p.overridden && p.text === p.defaultText)).toBe(true);
    expect(resolveTalkingPoints(DEFAULT_TALKING_POINTS, undefined)).toHaveLength(DEFAULT_TALKING_POINTS.length);
  });

  it('has a title and an instruction for every step, for the helper, in French and in English', () => {
    for (const text of [fr, en]) {
      const titles = STEP_IDS.map((s) => text(STEP_GUIDES[s].title));
      expect(new Set(titles).size).toBe(STEP_IDS.length);
      for (const step of STEP_IDS) expect(text(STEP_GUIDES[step].instruction).length).toBeGreaterThan(20);
    }
    expect(fr(STEP_GUIDES.code.instruction)).toContain('« Aider quelqu’un »');
    expect(fr(STEP_GUIDES.entry.instruction)).toContain('« Obtenir de l’aide »');
    expect(fr(STEP_GUIDES.control.instruction)).toContain('« Demander le contrôle »');
    expect(en(STEP_GUIDES.code.instruction)).toContain('“Help someone”');
  });
});

describe('troubleshooting cards', () => {
  const byId = Object.fromEntries(DEFAULT_TROUBLESHOOTING.map((c) => [c.id, c]));

  it('covers the usual failures, each with checks and words to say', () => {
    expect(Object.keys(byId).sort()).toEqual(
      ['admin_prompt', 'allow_not_clicked', 'code_expired', 'connection_dropped', 'helper_not_signed_in', 'quick_assist_not_found'].sort(),
    );
    for (const card of DEFAULT_TROUBLESHOOTING) {
      expect(fr(card.title).length, card.id).toBeGreaterThan(5);
      expect(en(card.title).length, card.id).toBeGreaterThan(5);
      expect(card.check.length, card.id).toBeGreaterThan(0);
      expect(card.say.length, card.id).toBeGreaterThan(0);
    }
    expect(byId.code_expired!.backTo).toBe('code');
    expect(byId.connection_dropped!.backTo).toBe('code');
    expect(byId.admin_prompt!.backTo).toBeUndefined();
    expect(byId.quick_assist_not_found!.check.map(fr).join(' ')).toContain('« Assistance rapide »');
    expect(byId.quick_assist_not_found!.check.map(fr).join(' ')).toMatch(/Ctrl, Windows et Q/);
    expect(byId.admin_prompt!.say.join(' ')).toContain('« Oui »');
    expect(byId.helper_not_signed_in!.check.map(fr).join(' ')).toContain('compte Microsoft');
  });

  it('offers the cards usual at the current step first, and all of them', () => {
    const atWork = troubleshootingFor(DEFAULT_TROUBLESHOOTING, 'work').map((c) => c.id);
    expect(atWork.slice(0, 2).sort()).toEqual(['admin_prompt', 'connection_dropped']);
    expect(atWork).toHaveLength(DEFAULT_TROUBLESHOOTING.length);
    expect(troubleshootingFor(DEFAULT_TROUBLESHOOTING, 'preparation').map((c) => c.id)).toEqual(DEFAULT_TROUBLESHOOTING.map((c) => c.id));
  });

  it('can be followed from the steps where it applies: back to the code step', () => {
    for (const from of ['entry', 'work'] as const) {
      const d = walkTo(started(), from);
      const card = byId[from === 'work' ? 'connection_dropped' : 'code_expired']!;
      d.run({ type: 'jump', to: card.backTo!, reason: fr(card.title) });
      expect(d.state.step).toBe('code');
      expect(d.state.control.active).toBe(false);
    }
  });
});

describe('hygiene checklist', () => {
  it('lists the three things a remote session can leave behind', () => {
    expect(HYGIENE_ITEMS.map((i) => i.id)).toEqual(['nothing_open', 'no_password_kept', 'downloads_removed']);
    expect(isHygieneComplete({})).toBe(false);
    expect(missingHygiene({ nothing_open: true, no_password_kept: false }).map((i) => i.id)).toEqual(['no_password_kept', 'downloads_removed']);
    expect(isHygieneComplete({ nothing_open: true, no_password_kept: true, downloads_removed: true })).toBe(true);
  });
});
