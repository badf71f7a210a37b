import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings/schema';
import {
  ANTI_SCAM_POINT_ID,
  DEFAULT_STEP_GUIDES,
  DEFAULT_TALKING_POINTS,
  DEFAULT_TROUBLESHOOTING,
  HYGIENE_ITEMS,
  isHygieneComplete,
  missingHygiene,
  resolveTalkingPoints,
  LETTER_WORDS,
  QUICK_ASSIST_LABELS,
  QUICK_ASSIST_NAME_PLACEHOLDER,
  STEP_IDS,
  stepIndex,
  stepsWithoutPoints,
  talkingPointsFor,
  troubleshootingFor,
  unverifiedFrenchLabels,
  withQuickAssistName,
  type StepId,
} from '../../../shared/session';
import { FRENCH } from '../../../shared/messages/fr';
import { started, walkTo } from './driver';

describe('talking points', () => {
  it('gives every step one to five points with unique, stable ids', () => {
    expect(stepsWithoutPoints(DEFAULT_TALKING_POINTS)).toEqual([]);
    for (const step of STEP_IDS) {
      const points = talkingPointsFor(DEFAULT_TALKING_POINTS, step);
      expect(points.length, step).toBeGreaterThanOrEqual(1);
      expect(points.length, step).toBeLessThanOrEqual(5);
      for (const p of points) expect(p.id.startsWith(`${step}.`)).toBe(true);
    }
    const ids = DEFAULT_TALKING_POINTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Settings keep overrides under these ids, 80 characters at most.
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(80);
    expect(ids).toContain(ANTI_SCAM_POINT_ID);
  });

  it('speaks with « vous », in short sentences', () => {
    // Letter-aware boundaries: with \b, the « tes » of « êtes » would count as a word.
    const tutoiement = /(?<!\p{L})(?:(?:tu|te|toi|ton|ta|tes)(?!\p{L})|t’)/iu;
    for (const p of DEFAULT_TALKING_POINTS) {
      expect(p.text, p.id).not.toMatch(tutoiement);
      for (const sentence of p.text.split(/[.?!]\s/)) expect(sentence.split(/\s+/).length, p.id).toBeLessThanOrEqual(20);
    }
    expect(DEFAULT_TALKING_POINTS.filter((p) => /\bvous\b|\bvotre\b/i.test(p.text)).length).toBeGreaterThan(DEFAULT_TALKING_POINTS.length / 2);
  });

  it('tells the person what Microsoft advises, at the start and at the end', () => {
    const reminder = DEFAULT_TALKING_POINTS.find((p) => p.id === ANTI_SCAM_POINT_ID)!;
    expect(reminder.step).toBe('preparation');
    // Microsoft: only allow someone to connect if you asked for help yourself; Microsoft never calls.
    for (const p of [reminder, DEFAULT_TALKING_POINTS.find((x) => x.id === 'closing.reminder')!]) {
      expect(p.text, p.id).toMatch(/code/);
      expect(p.text, p.id).toMatch(/demandé (d’aide|de l’aide)/);
      expect(p.text, p.id).toContain('Microsoft ne vous appellera jamais');
    }
    expect(DEFAULT_STEP_GUIDES.preparation.instruction).toContain('La personne doit avoir demandé cette séance.');
  });

  it('applies overrides by id, and falls back to the default for a blank one', () => {
    const overrides = {
      'call.ready': '  Bonjour ! Êtes-vous prête ?  ',
      'code.short-lived': '   ',
      'gone.point': 'ignoré',
    };
    const resolved = resolveTalkingPoints(DEFAULT_TALKING_POINTS, overrides);
    expect(resolved.map((p) => p.id)).toEqual(DEFAULT_TALKING_POINTS.map((p) => p.id));
    const ready = resolved.find((p) => p.id === 'call.ready')!;
    expect(ready).toMatchObject({ text: 'Bonjour ! Êtes-vous prête ?', overridden: true, step: 'call' });
    expect(ready.defaultText).toBe(DEFAULT_TALKING_POINTS.find((p) => p.id === 'call.ready')!.text);
    const validity = resolved.find((p) => p.id === 'code.short-lived')!;
    expect(validity).toMatchObject({ overridden: false, text: validity.defaultText });
    expect(resolved.filter((p) => p.overridden)).toHaveLength(1);
    expect(resolved.some((p) => p.text === 'ignoré')).toBe(false);
  });

  it('takes the settings’ override map as is', () => {
    const resolved = resolveTalkingPoints(DEFAULT_TALKING_POINTS, DEFAULT_SETTINGS.talkingPointOverrides);
    expect(resolved.every((p) => !p.overridden && p.text === p.defaultText)).toBe(true);
    expect(resolveTalkingPoints(DEFAULT_TALKING_POINTS, undefined)).toHaveLength(DEFAULT_TALKING_POINTS.length);
  });

  it('has a French title and an instruction for every step', () => {
    const titles = STEP_IDS.map((s) => DEFAULT_STEP_GUIDES[s].title);
    expect(new Set(titles).size).toBe(STEP_IDS.length);
    for (const step of STEP_IDS) expect(DEFAULT_STEP_GUIDES[step].instruction.length).toBeGreaterThan(20);
    expect(DEFAULT_STEP_GUIDES.code.instruction).toContain('« Aider quelqu’un »');
    expect(DEFAULT_STEP_GUIDES.entry.instruction).toContain('« Obtenir de l’aide »');
    expect(DEFAULT_STEP_GUIDES.control.instruction).toContain('« Demander le contrôle »');
  });
});

describe('troubleshooting cards', () => {
  const byId = Object.fromEntries(DEFAULT_TROUBLESHOOTING.map((c) => [c.id, c]));

  it('covers the usual failures, each with checks and words to say', () => {
    expect(Object.keys(byId).sort()).toEqual(
      ['admin_prompt', 'allow_not_clicked', 'code_expired', 'connection_dropped', 'helper_not_signed_in', 'quick_assist_not_found'].sort(),
    );
    for (const card of DEFAULT_TROUBLESHOOTING) {
      expect(card.title.length, card.id).toBeGreaterThan(5);
      expect(card.check.length, card.id).toBeGreaterThan(0);
      expect(card.say.length, card.id).toBeGreaterThan(0);
    }
    expect(byId.code_expired!.backTo).toBe('code');
    expect(byId.connection_dropped!.backTo).toBe('code');
    expect(byId.admin_prompt!.backTo).toBeUndefined();
    expect(byId.quick_assist_not_found!.check.join(' ')).toContain('« Assistance rapide »');
    expect(byId.quick_assist_not_found!.check.join(' ')).toMatch(/Ctrl, Windows et Q/);
    // Microsoft documents the Start menu path for both versions, and WebView2 on Windows 10.
    expect(byId.quick_assist_not_found!.check.join(' ')).toContain('« Toutes les applications » (Windows 11) ou « Accessoires Windows » (Windows 10)');
    expect(byId.quick_assist_not_found!.check.join(' ')).toContain('WebView2');
    expect(byId.quick_assist_not_found!.backTo).toBe('call');
    // The person answers Windows: « Oui » only if announced, or an administrator password typed by them.
    expect(byId.admin_prompt!.say.join(' ')).toContain('Cliquez sur “Oui” seulement si je vous l’ai annoncé.');
    expect(byId.admin_prompt!.check.join(' ')).toContain('mot de passe d’administrateur');
    expect(byId.helper_not_signed_in!.check.join(' ')).toContain('compte Microsoft');
    expect(byId.helper_not_signed_in!.check.join(' ')).toContain('le prénom et l’initiale du nom');
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
      d.run({ type: 'jump', to: card.backTo!, reason: card.title });
      expect(d.state.step).toBe('code');
      expect(d.state.control.active).toBe(false);
    }
  });
});

describe('hygiene checklist', () => {
  it('lists Quick Assist itself, then the three things a remote session can leave behind', () => {
    expect(HYGIENE_ITEMS.map((i) => i.id)).toEqual(['quick_assist_closed', 'nothing_open', 'no_password_kept', 'downloads_removed']);
    expect(isHygieneComplete({})).toBe(false);
    expect(missingHygiene({ nothing_open: true, no_password_kept: false }).map((i) => i.id)).toEqual(['quick_assist_closed', 'no_password_kept', 'downloads_removed']);
    expect(isHygieneComplete({ nothing_open: true, no_password_kept: true, downloads_removed: true })).toBe(false);
    expect(isHygieneComplete({ quick_assist_closed: true, nothing_open: true, no_password_kept: true, downloads_removed: true })).toBe(true);
  });
});

/** Every text of the session said to the person or read by the helper, with where it is shown. */
function sessionTexts(): { step: StepId | null; where: string; text: string }[] {
  return [
    ...DEFAULT_TALKING_POINTS.map((p) => ({ step: p.step, where: p.id, text: p.text })),
    ...STEP_IDS.map((s) => ({ step: s, where: `guide.${s}`, text: DEFAULT_STEP_GUIDES[s].instruction })),
    ...DEFAULT_TROUBLESHOOTING.flatMap((c) => [c.title, ...c.check, ...c.say].map((text) => ({ step: null, where: `card.${c.id}`, text }))),
  ];
}

describe('the procedure’s order (issue 12)', () => {
  const at = (id: string) => {
    const p = DEFAULT_TALKING_POINTS.find((x) => x.id === id);
    if (!p) throw new Error(`no point ${id}`);
    return stepIndex(p.step);
  };

  it('has the person open Quick Assist, and see the code box, before any code is generated', () => {
    const opens = DEFAULT_TALKING_POINTS.filter((p) => p.text.includes('Tapez “Assistance rapide”') || p.text.includes('“Obtenir de l’aide”'));
    const firstOpen = Math.min(...opens.map((p) => stepIndex(p.step)));
    expect(DEFAULT_TALKING_POINTS.find((p) => p.id === 'call.open-app')!.step).toBe('call');
    expect(firstOpen).toBeLessThan(stepIndex('code'));
    expect(at('call.code-box')).toBeLessThan(at('code.preparing'));
    // And the machine holds it: no code before the person says the box is there.
    const d = walkTo(started(), 'call');
    expect(d.refusal({ type: 'next' })).toMatchObject({ key: 'steps.codeBoxFirst' });
    d.run({ type: 'skip', reason: 'la personne cherche encore' });
    expect(d.state.step).toBe('code');
    expect(d.refusal({ type: 'generate_code' })).toMatchObject({ key: 'steps.codeBoxBeforeCode' });
  });

  it('never says the helper sees nothing, or has no access, before the sharing has ended and Quick Assist is closed', () => {
    const lostAccess = /ne vois plus|ne voit plus|n’ai plus accès|n’a plus accès|plus accès à votre|ne peux plus voir|vois plus rien/i;
    const claims = sessionTexts().filter((t) => lostAccess.test(t.text));
    expect(claims.map((c) => c.where)).toEqual(['recap.nothing-seen']);
    // Every such sentence comes after « Fin du partage », which cannot be left without Quick Assist closed.
    for (const c of claims) expect(stepIndex(c.step!), c.where).toBeGreaterThan(stepIndex('end_sharing'));
    const d = walkTo(started(), 'end_sharing');
    expect(d.refusal({ type: 'next' })).toMatchObject({ key: 'steps.sharingNotEnded' });
    expect(d.refusal({ type: 'skip', reason: 'pressée' })).toMatchObject({ key: 'steps.sharingNotEnded' });
    // At « Fin du contrôle » the person is told the screen is still seen.
    expect(DEFAULT_TALKING_POINTS.find((p) => p.id === 'end_control.still-sees')!.text).toContain('je vois encore votre écran');
    expect(stepIndex('end_control')).toBeLessThan(stepIndex('end_sharing'));
  });

  it('names the helper as Quick Assist shows them, for the person to check before « Autoriser »', () => {
    const checks = talkingPointsFor(DEFAULT_TALKING_POINTS, 'share').map((p) => p.id);
    expect(checks.indexOf('share.check-name')).toBeLessThan(checks.indexOf('share.allow'));
    const point = DEFAULT_TALKING_POINTS.find((p) => p.id === 'share.check-name')!;
    expect(withQuickAssistName(point.text, 'Camille M.')).toEqual({ text: 'Vous allez voir mon nom : “Camille M.”. Si vous voyez un autre nom, ne cliquez sur rien et dites-le-moi.', nameMissing: false });
    expect(withQuickAssistName(point.text, '  ')).toMatchObject({ nameMissing: true, text: expect.stringContaining('“…”') });
    expect(withQuickAssistName('Bonjour.', null)).toEqual({ text: 'Bonjour.', nameMissing: false });
  });

  it('states the prerequisites at the call: Windows PC on and online, speaker or headset, hands off the mouse', () => {
    const call = talkingPointsFor(DEFAULT_TALKING_POINTS, 'call').map((p) => p.text).join(' ');
    expect(call).toContain('allumé et connecté à Internet');
    expect(call).toContain('haut-parleur du téléphone, ou un casque');
    expect(call).toContain('ne touchez pas la souris');
    expect(DEFAULT_STEP_GUIDES.call.instruction).toContain('un PC Windows allumé et connecté à Internet, le haut-parleur ou un casque');
  });

  it('keeps the wordings the trainer found wrong out of every text', () => {
    const all = sessionTexts().map((t) => t.text).join('\n');
    for (const wrong of ['Vous gardez la main', 'Je regarde ailleurs', 'Si c’est pour notre travail', 'Je m’en occupe', 'dans la recherche', 'dix minutes', 'trois caractères', 'Moi, je ne la vois pas']) {
      expect(all, wrong).not.toContain(wrong);
    }
    expect(all).toContain('Ne me le dites jamais, même au téléphone.');
    expect(LETTER_WORDS.E).toBe('Eugène');
  });
});

describe('Quick Assist labels (one data file)', () => {
  const labels = new Set(Object.values(QUICK_ASSIST_LABELS).map((l) => l.fr));
  const titles = new Set(STEP_IDS.map((s) => DEFAULT_STEP_GUIDES[s].title));

  it('is where every quoted name of the session texts comes from (or a step title of the panel)', () => {
    const quoted = sessionTexts().flatMap((t) => [...t.text.matchAll(/« ([^»]+) »|“([^”]+)”/g)].map((m) => ({ where: t.where, name: (m[1] ?? m[2])! })));
    expect(quoted.length).toBeGreaterThan(15);
    const stray = quoted.filter((q) => !labels.has(q.name) && !titles.has(q.name) && q.name !== QUICK_ASSIST_NAME_PLACEHOLDER);
    expect(stray).toEqual([]);
  });

  it('says which labels are unverified: every French one but the product’s name', () => {
    expect(unverifiedFrenchLabels()).not.toContain('Assistance rapide');
    expect(unverifiedFrenchLabels()).toEqual(expect.arrayContaining(['Aider quelqu’un', 'Obtenir de l’aide', 'Autoriser', 'Envoyer', 'Demander le contrôle', 'Oui']));
    expect(Object.values(QUICK_ASSIST_LABELS).filter((l) => l.frVerified).map((l) => l.fr)).toEqual(['Assistance rapide']);
    // The button that ends a session is not documented: no text quotes it.
    const all = sessionTexts().map((t) => t.text).join('\n');
    expect(all).not.toContain(QUICK_ASSIST_LABELS.leave.fr);
  });
});

describe('refusals (issue 12 §3: no dead end)', () => {
  // The mandate problems are fragments: steps.mandateRequired puts one before its own next action.
  const FRAGMENTS = new Set(['steps.mandateUpcoming', 'steps.mandateUnsigned', 'steps.mandateRevoked', 'steps.mandateExpired', 'steps.mandateNone']);
  const refusals = Object.entries(FRENCH).filter(([key]) => /^(steps|sessions|helpers)\./.test(key) && !FRAGMENTS.has(key));

  it('each says what to do next: an instruction to the helper, in the vous form', () => {
    expect(refusals.length).toBeGreaterThan(40);
    // « Cochez », « revenez-y », « générez-en », « continuez-la » — or, for a value, the rule to follow.
    const instruction = /\b[a-zàâçéèêëîïôûù]+ez(-[a-z]+)?\b|au plus\.$|au moins\)?\.$|rien à remettre/i;
    const silent = refusals.filter(([, text]) => !instruction.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(silent).toEqual([]);
  });
});
