import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROCEDURE_CATEGORIES } from '../../../shared/mandate/catalogue';
import { CATEGORIES, PROCEDURES, SITES } from '../../../shared/procedures';
import procedureData from '../../../shared/procedures/procedures.json';
import { compileMandate, judge } from '../../../shared/scope-guard';

/** shared/procedures: the one source of procedure knowledge, read by the mandate catalogue and the scope guard. */

const text = z.string().trim().min(1);
const CategoryId = z.enum(['papers_citizenship', 'family_school', 'social_health', 'work_training', 'housing', 'transport', 'money_tax', 'justice', 'foreign_europe', 'leisure']);
const ProcedureSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z0-9_]+$/),
    category: CategoryId,
    categorySource: z.enum(['aidants-connect', 'inferred']),
    categoryEvidence: text,
    altCategories: z.array(CategoryId),
    label: text,
    sites: z.array(z.string()),
    where: z.array(z.string()),
    organisation: z.string(),
    documents: z.array(text),
    subtasks: z.array(text).min(1),
    spokenNames: z.array(text).min(1),
    neighbours: z.array(z.string()),
    sensitive: z.boolean(),
    notes: text,
  })
  .strict();

describe('procedures data', () => {
  it('has the ten categories of Aidants Connect, in its order, with their keys', () => {
    z.array(z.object({ id: CategoryId, label: text, aidantsConnectKey: text, description: text }).strict()).parse(CATEGORIES);
    expect(CATEGORIES.map((c) => c.aidantsConnectKey)).toEqual(['papiers', 'famille', 'social', 'travail', 'logement', 'transports', 'argent', 'justice', 'etranger', 'loisirs']);
  });

  it('describes at least 60 procedures across the ten categories, each well formed', () => {
    z.array(ProcedureSchema).parse(procedureData.procedures);
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(60);
    for (const c of CATEGORIES) expect(PROCEDURES.filter((p) => p.category === c.id).length, c.id).toBeGreaterThanOrEqual(4);
    expect(new Set(PROCEDURES.map((p) => p.id)).size).toBe(PROCEDURES.length);
  });

  it('names only sites and neighbours that exist, neighbours both ways, never itself', () => {
    const sites = new Set(SITES.map((s) => s.id));
    const ids = new Set(PROCEDURES.map((p) => p.id));
    for (const p of PROCEDURES) {
      for (const s of p.sites) expect(sites.has(s), `${p.id} site ${s}`).toBe(true);
      for (const n of p.neighbours) {
        expect(ids.has(n), `${p.id} neighbour ${n}`).toBe(true);
        expect(n).not.toBe(p.id);
        expect(PROCEDURES.find((q) => q.id === n)!.neighbours, `${n} -> ${p.id}`).toContain(p.id);
      }
      expect(p.altCategories).not.toContain(p.category);
    }
  });

  it('marks as sensitive exactly the procedures whose own name the guard finds sensitive', () => {
    const mandate = compileMandate(['Installer une imprimante'], []);
    const wrong = PROCEDURES.filter((p) => (judge(mandate, p.label).verdict === 'sensitive') !== p.sensitive).map((p) => `${p.id}: ${p.label}`);
    expect(wrong).toEqual([]);
  });
});

describe('one grouping for the mandate catalogue and the scope guard', () => {
  it('offers in the catalogue the very categories the procedures are filed under', () => {
    expect(PROCEDURE_CATEGORIES.map((e) => [e.id, e.label, e.description])).toEqual(CATEGORIES.map((c) => [`procedure.${c.id}`, c.label, c.description]));
  });

  it('files retirement and France Travail under Travail - Formation, the driving licence under Transports, energy under Logement', () => {
    const category = (id: string) => PROCEDURES.find((p) => p.id === id)!.category;
    for (const id of ['retirement.application', 'retirement.career_statement', 'employment.ft_registration', 'employment.ft_actualisation']) expect(category(id), id).toBe('work_training');
    for (const id of ['transport.licence_request', 'transport.licence_duplicate']) expect(category(id), id).toBe('transport');
    for (const id of ['energy.cheque_energie', 'energy.supplier_account']) expect(category(id), id).toBe('housing');
    expect(PROCEDURES.find((p) => p.id === 'employment.ft_registration')!.altCategories).toContain('social_health');
  });

  it('has the guard read each category of a mandate as the catalogue describes it', () => {
    // Every part of a category's description, asked under a mandate naming only that category,
    // is in the mandate; under any other category, it is not.
    for (const c of PROCEDURE_CATEGORIES) {
      for (const part of c.description.replace(/\.$/, '').split(/,\s*/)) {
        const own = judge(compileMandate([c.label], []), part);
        expect(own.verdict, `${part} under ${c.label}`).toBe('in_scope');
        for (const other of PROCEDURE_CATEGORIES.filter((o) => o !== c)) {
          expect(judge(compileMandate([other.label], []), part).verdict, `${part} under ${other.label}`).not.toBe('in_scope');
        }
      }
    }
  });

  it('has the guard file the words of each procedure under its category', () => {
    const misfiled = PROCEDURES.filter((p) => !p.sensitive).flatMap((p) => {
      const own = CATEGORIES.find((c) => c.id === p.category)!;
      const verdict = judge(compileMandate([own.label], []), p.label);
      return verdict.verdict === 'in_scope' ? [] : [`${p.id} « ${p.label} »: ${verdict.verdict} under ${own.label}`];
    });
    expect(misfiled).toEqual([]);
  });
});
