import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectAccessible, test } from './fixtures';
import { e2eTarget } from './targets/target';

/** Every file and folder in the data folder: a refused copy leaves it exactly as it was. */
const tree = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

test.skip(e2eTarget() === 'electron', 'the desktop app has no path field: the folder comes from its own dialog (test/electron/main/path-dialog.test.ts)');

test('browser mode: a backup to a network or relative folder is refused in French and writes nothing', async ({ page, app }) => {
  const usb = mkdtempSync(join(tmpdir(), 'binome-usb-'));
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Réglages' }).click();
    const section = page.getByRole('region', { name: 'Sauvegardes' });
    const field = section.getByLabel('Copier vers un dossier (clé USB)');
    const copy = section.getByRole('button', { name: 'Copier vers ce dossier' });
    await expect(section.locator('.backup-list li')).toHaveCount(1);
    const before = tree(app.dataDir);

    await field.fill('\\\\serveur\\partage\\Sauvegardes');
    await copy.click();
    await expect(section.getByRole('alert')).toHaveText(
      'Les dossiers réseau (\\\\serveur\\partage) et les chemins spéciaux (\\\\?\\…, \\\\.\\…) ne sont pas acceptés : choisissez un dossier de cet ordinateur ou d’une clé USB. Rien n’a été modifié.',
    );
    await expectAccessible(page);

    await field.fill('//serveur/partage/Sauvegardes');
    await copy.click();
    await expect(section.getByRole('alert')).toContainText('Les dossiers réseau');

    await field.fill('cle-usb/Sauvegardes');
    await copy.click();
    await expect(section.getByRole('alert')).toHaveText('Indiquez le chemin complet, qui commence par / (/media/…, par exemple). Rien n’a été modifié.');
    await expect(section.getByRole('status')).toHaveText('');

    // Nothing anywhere: not in the data folder, not beside the server (its working folder), not at /serveur.
    expect(tree(app.dataDir)).toEqual(before);
    expect(existsSync(join(process.cwd(), 'cle-usb'))).toBe(false);
    // On POSIX a backslash is an ordinary character: an unchecked UNC path would be a folder there.
    expect(existsSync(join(process.cwd(), '\\\\serveur\\partage\\Sauvegardes'))).toBe(false);
    expect(existsSync('/serveur')).toBe(false);
    await expect(section.locator('.backup-list li')).toHaveCount(1);

    // The same field takes a local folder typed in full.
    await field.fill(join(usb, 'Sauvegardes'));
    await copy.click();
    await expect(section.getByRole('status')).toContainText('Sauvegarde faite et vérifiée');
    await expect(section.getByRole('alert')).toHaveCount(0);
    expect(readdirSync(join(usb, 'Sauvegardes')).filter((n) => n.endsWith('.sqlite'))).toHaveLength(1);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});
