import { describe, expect, it } from 'vitest';
import data from '../../../shared/scope-guard/thesaurus.json';
import { analyze } from '../../../shared/scope-guard';
import { compileThesaurus, THESAURUS, type ThesaurusData } from '../../../shared/scope-guard/thesaurus';

const conceptsOf = (text: string) => [...analyze(text).concepts.keys()];

describe('scope guard: thesaurus', () => {
  it('compiles, and every parent exists', () => {
    expect(THESAURUS.concepts.size).toBeGreaterThan(50);
    const broken: ThesaurusData = { ...(data as ThesaurusData), concepts: [{ id: 'orphan', parent: 'nowhere', terms: ['x'] }] };
    expect(() => compileThesaurus(broken)).toThrow(/unknown parent/);
  });

  it('groups the e-mail words and brands', () => {
    for (const text of ['courriel', 'mail', 'e-mail', 'messagerie', 'Gmail', 'Outlook', 'Thunderbird', 'boîte aux lettres électronique', 'Orange mail']) {
      expect(conceptsOf(text), text).toContain('email');
    }
  });

  it('groups printing, video calls, updates and security words', () => {
    for (const text of ['imprimer', 'impression', 'cartouche', 'encre', 'scanner', 'numériser']) expect(conceptsOf(text), text).toContain('printer');
    for (const text of ['visio', 'appel vidéo']) expect(conceptsOf(text), text).toContain('video_call');
    for (const text of ['Zoom', 'Teams', 'Skype', 'WhatsApp vidéo', 'caméra', 'webcam', 'micro']) {
      const concept = conceptsOf(text)[0]!;
      expect(THESAURUS.concepts.get(concept)!.ancestors.has('video_call'), text).toBe(true);
    }
    for (const text of ['mise à jour', 'update', 'Windows Update', 'maj']) expect(conceptsOf(text), text).toContain('update');
    for (const text of ['antivirus', 'virus', 'Defender']) expect(conceptsOf(text), text).toContain('security');
  });

  it('reads spoken shortcuts', () => {
    expect(conceptsOf('rdv')).toContain('health_appointment');
    expect(conceptsOf('ordi')).toContain('computer');
    expect(conceptsOf('imprim')).toContain('printer');
    expect(conceptsOf('wifi')).toEqual(conceptsOf('wi-fi'));
    expect(analyze('mdp').sensitive.has('password')).toBe(true);
  });

  it('lets the longest phrase win', () => {
    expect(conceptsOf('carte grise')).toEqual(['vehicle_registration']);
    expect(conceptsOf("carte d'identité")).toEqual(['id_card']);
    expect(analyze('carte bleue').sensitive.has('bank')).toBe(true);
    expect(conceptsOf('prélèvement à la source')).toEqual(['tax']);
  });

  it('settles stem collisions by exact spelling', () => {
    expect(conceptsOf('zoom')).toEqual(['zoom']);
    expect(conceptsOf('zoomer')).toEqual(['magnifier']);
    expect(analyze('changer de pays').sensitive.size).toBe(0);
    expect(analyze('abonnement').sensitive.size).toBe(0);
  });

  it('tells "le son" from the possessive "son"', () => {
    expect(conceptsOf('le son grésille')).toContain('sound');
    expect(conceptsOf('envoyer son cv')).not.toContain('sound');
  });

  it('places the administrative categories above their procedures', () => {
    const under = (text: string, category: string) => {
      const concept = conceptsOf(text)[0]!;
      return concept === category || THESAURUS.concepts.get(concept)!.ancestors.has(category);
    };
    expect(under('passeport', 'cat_papers')).toBe(true);
    expect(under('apl', 'cat_social_health')).toBe(true);
    expect(under('doctolib', 'cat_social_health')).toBe(true);
    expect(under('pole emploi', 'cat_work')).toBe(true);
    expect(under('déclaration de revenus', 'cat_money')).toBe(true);
    expect(under('hlm', 'cat_housing')).toBe(true);
    expect(under('billet sncf', 'cat_transport')).toBe(true);
    expect(under('carte grise', 'cat_transport')).toBe(true);
    expect(under('titre de séjour', 'cat_foreign')).toBe(true);
    expect(under('bibliothèque', 'cat_leisure')).toBe(true);
    expect(under('casier judiciaire', 'cat_justice')).toBe(true);
    expect(under('cantine', 'cat_family')).toBe(true);
  });
});
