import { describe, expect, it } from 'vitest';
import { PROCEDURE_CATEGORIES } from '../../../shared/mandate/catalogue';
import { frenchText } from '../../../shared/messages/format';
import { isBareCategory, namesASite, procedureItemProblem, procedureLine, proceduresOf, scopeItemProblem, scopePrecisionError } from '../../../shared/mandate/precise-procedure';
import { CATEGORIES, PROCEDURES } from '../../../shared/procedures';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a procedure is named precisely, with its site', () => {
  it('refuses a bare category, however it is written', () => {
    for (const c of CATEGORIES) expect(procedureItemProblem(c.label), c.label).toBe('bare');
    expect(isBareCategory('  argent - impots - consommation ')).toBe(true);
    expect(isBareCategory('Argent - Impôts - Consommation :')).toBe(true);
    expect(isBareCategory('Déclarer ses revenus')).toBe(false);
  });

  it('asks for the site when the procedure is named without one', () => {
    expect(procedureItemProblem('Déclarer ses revenus')).toBe('noSite');
    expect(procedureItemProblem('Déclarer ses revenus sur impots.gouv.fr')).toBeNull();
    expect(procedureItemProblem('Demander la prime d’activité sur le site de la CAF')).toBeNull();
    expect(procedureItemProblem('Prendre rendez-vous chez le dentiste sur Doctolib')).toBeNull();
    expect(procedureItemProblem('Acheter sa carte de pêche sur cartedepeche.fr.')).toBeNull();
  });

  it('checks procedure categories fully, other lines only for a bare category', () => {
    expect(scopeItemProblem({ catalogueId: 'procedure.money_tax', label: 'Déclarer ses revenus' })).toBe('noSite');
    expect(scopeItemProblem({ catalogueId: 'procedure.money_tax', label: 'Argent - Impôts - Consommation' })).toBe('bare');
    expect(scopeItemProblem({ label: 'Logement' })).toBe('bare');
    expect(scopeItemProblem({ label: 'Configurer la visio avec sa petite-fille' })).toBeNull();
    expect(scopeItemProblem({ catalogueId: 'task.printer', label: 'Installer ou régler une imprimante' })).toBeNull();
  });

  it('names each vague line at its place, in French', () => {
    const error = scopePrecisionError([
      { catalogueId: 'task.printer', label: 'Installer ou régler une imprimante' },
      { catalogueId: 'procedure.money_tax', label: 'Argent - Impôts - Consommation' },
      { catalogueId: 'procedure.housing', label: 'Demander une aide au logement' },
    ]);
    expect(Object.keys(error!.fields!)).toEqual(['scopeItems.1.label', 'scopeItems.2.label']);
    expect(plain(error!.message)).toBe('« Argent - Impôts - Consommation » seul ne suffit pas : choisissez la démarche précise et son site (par exemple « Déclarer ses revenus sur impots.gouv.fr »).');
    expect(plain(frenchText(error!.fields!['scopeItems.2.label']!))).toBe('Précisez sur quel site se fait « Demander une aide au logement » (par exemple « … sur impots.gouv.fr »).');
    expect(scopePrecisionError([{ label: 'Déclarer ses revenus sur impots.gouv.fr' }])).toBeNull();
  });

  it('offers, for each category, its known procedures, each line passing the rule once a site is known', () => {
    for (const entry of PROCEDURE_CATEGORIES) {
      const known = proceduresOf(entry.id.replace('procedure.', '') as never);
      expect(known.length, entry.label).toBeGreaterThan(0);
      for (const p of known.filter((x) => x.where.length > 0)) expect(procedureItemProblem(procedureLine(p)), procedureLine(p)).toBeNull();
    }
    expect(PROCEDURES.filter((p) => p.where.length > 0).length).toBeGreaterThan(100);
  });

  it('writes a known procedure with its site and French apostrophes', () => {
    const income = PROCEDURES.find((p) => p.label === 'Déclarer ses revenus')!;
    expect(procedureLine(income)).toBe('Déclarer ses revenus sur impots.gouv.fr');
    const idCard = PROCEDURES.find((p) => p.id === 'papers.id_card')!;
    expect(procedureLine(idCard)).toBe('Demander ou renouveler sa carte d’identité sur ants.gouv.fr');
    expect(namesASite('Gérer son assurance habitation ou auto — espace client de l’assureur')).toBe(true);
  });
});
