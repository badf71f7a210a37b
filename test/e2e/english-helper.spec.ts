import type { Page } from '@playwright/test';
import type { BinomeApi } from '../../shared/ipc/api';
import { DEFAULT_TALKING_POINTS, withQuickAssistName } from '../../shared/session/talking-points';
import { expect, expectAccessible, test } from './fixtures';
import { SEED_HELPER, seedPerson } from './seed';

/**
 * With the English UI, what the helper reads is English (step titles, instructions, the
 * troubleshooting cards' checks, labels and buttons); what is said to the person stays French
 * (talking points, the cards' lines to say, the recap).
 */

const STEPS: { title: string; instruction: RegExp }[] = [
  { title: 'Preparation', instruction: /^Check the mandate, choose the session’s helper/ },
  { title: 'Call', instruction: /^Call the person/ },
  { title: 'Security code', instruction: /^Only now, click «\sAider quelqu’un\s» \(Help someone\)/ },
  { title: 'Code entry', instruction: /^Dictate the code/ },
  { title: 'Screen sharing', instruction: /clicks «\sAutoriser\s» \(Allow\)/ },
  { title: 'Taking control', instruction: /^Click «\sDemander le contrôle\s» \(Request control\)/ },
  { title: 'Work on the computer', instruction: /^Do only what is planned today/ },
  { title: 'End of control', instruction: /^Stop control/ },
  { title: 'End of sharing', instruction: /^End the sharing/ },
  { title: 'Recap', instruction: /^Read the recap/ },
  { title: 'Final questions', instruction: /^Ask whether there is anything else/ },
  { title: 'Closing', instruction: /^Check the end-of-session list/ },
];

const next = (page: Page) => page.getByRole('button', { name: 'Next step →' }).click();

test('English UI: a whole session’s helper texts in English, the words said to the person in French', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  await page.evaluate(async () => {
    const r = await (window as unknown as { binome: BinomeApi }).binome.updateSettings({ language: 'en' });
    if (!r.ok) throw new Error(r.error.message);
  });
  await page.goto(app.origin);
  await page.getByRole('button', { name: /Open Hélène Martin.s file/ }).click();
  await page.getByRole('button', { name: 'Start a session' }).click();

  for (const [i, step] of STEPS.entries()) {
    await expect(page.locator('#step-title')).toHaveText(step.title);
    await expect(page.locator('.step .instruction')).toHaveText(step.instruction);
    // The words to say: French, marked as such for screen readers, whatever the UI language.
    const points = DEFAULT_TALKING_POINTS.filter((p) => p.step === stepIds[i]);
    const said = page.locator('.talking-points [lang="fr"]');
    await expect(said).toHaveCount(points.length);
    for (const [n, p] of points.entries()) await expect(said.nth(n)).toContainText(withQuickAssistName(p.text, SEED_HELPER.quickAssistName).text);

    if (step.title === 'Preparation') await page.getByRole('group', { name: 'Planned today' }).getByLabel('Installer l’imprimante').click();
    if (step.title === 'Call') await page.getByRole('button', { name: 'The person sees the code box' }).click();

    if (step.title === 'Security code') {
      await page.getByLabel('Code shown by Quick Assist', { exact: true }).fill('AB12CD');
      await page.getByRole('button', { name: 'Record the code' }).click();
      await expect(page.locator('.code-strip .code-group')).toHaveText(['AB1', '2CD']);
      // A troubleshooting card: what to check in English, what to say in French.
      await page.getByRole('button', { name: 'Troubleshooting' }).click();
      const card = page.locator('.trouble-card').filter({ hasText: 'The code has expired' });
      await card.locator('summary').click();
      await expect(card).toContainText('The countdown is at 00:00');
      await expect(card.locator('ul[lang="fr"]')).toContainText('je vous en donne un nouveau.');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Troubleshooting' }).click();
    }
    if (step.title === 'Taking control') await page.getByRole('button', { name: 'The person gave me control' }).click();
    if (step.title === 'End of control') await page.getByRole('button', { name: 'I stopped control' }).click();
    if (step.title === 'End of sharing') await page.getByLabel(/The person closed Quick Assist/).click();
    if (step.title === 'Recap') {
      // Read aloud and printed for the person: French.
      await expect(page.locator('.recap-print')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('.recap-print h3')).toHaveText('Récapitulatif de la séance avec Hélène Martin');
      await expectAccessible(page);
    }
    if (i < STEPS.length - 1) await next(page);
  }
  await expect(page.getByRole('button', { name: 'Close the session' })).toBeVisible();
  await expectAccessible(page);
});

const stepIds = ['preparation', 'call', 'code', 'entry', 'share', 'control', 'work', 'end_control', 'end_sharing', 'recap', 'questions', 'closing'] as const;
