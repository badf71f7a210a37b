import { describe, expect, it } from 'vitest';
import { ENGLISH_CATALOGUE } from '../../../shared/messages/en';
import { formatMessage, frenchText } from '../../../shared/messages/format';
import { compileMandate, judge, judgeRequest } from '../../../shared/scope-guard';

const verdictOf = (scope: string[], request: string, exclusions: string[] = []) => judgeRequest({ scope, exclusions, request });

describe('scope guard: verdicts', () => {
  it('matches a request to the exact original scope item', () => {
    const scope = ["Installer l'imprimante HP du salon", 'Créer une adresse Gmail'];
    expect(verdictOf(scope, "l'imprimante marche pu")).toMatchObject({ verdict: 'in_scope', matchedScope: scope[0] });
    expect(verdictOf(scope, 'ouvrir un courriel')).toMatchObject({ verdict: 'in_scope', matchedScope: scope[1] });
  });

  it('does not let a shared generic verb make a match', () => {
    expect(verdictOf(['Installer un antivirus'], "installer l'imprimante").verdict).toBe('out_of_scope');
    expect(verdictOf(['Configurer la box internet'], 'configurer la webcam').verdict).toBe('out_of_scope');
  });

  it('treats passwords, codes, bank, payments and purchases as sensitive whatever the scope says', () => {
    const scope = ['Créer une adresse Gmail', 'Déclaration en ligne sur impots.gouv.fr', 'Acheter un billet de train'];
    for (const request of ['le mot de passe gmail', 'mdp oublié', 'ses identifiants', 'le code confidentiel', 'le code de la carte', 'le code reçu par SMS', 'son RIB', 'mettre son iban', 'numéro de carte bleue', 'faire un virement', 'payer les impôts', 'acheter le billet', 'commander des cartouches', 'prendre un abonnement payant']) {
      expect(verdictOf(scope, request).verdict, request).toBe('sensitive');
    }
  });

  it('does not take the Quick Assist security code for a secret', () => {
    const result = verdictOf(['Déclaration en ligne sur impots.gouv.fr'], 'code de sécurité assistance rapide');
    expect(result.verdict).toBe('in_scope');
    expect(result.matchedScope).toBeNull();
    expect(verdictOf(['Créer une adresse Gmail'], 'le code postal').verdict).not.toBe('sensitive');
  });

  it('applies the exclusions of the mandate', () => {
    const scope = ['Trier les photos', 'Installer les mises à jour'];
    expect(verdictOf(scope, 'supprimer des photos', ['Ne pas supprimer de photos'])).toMatchObject({ verdict: 'out_of_scope' });
    expect(verdictOf(scope, 'trier les photos', ['Ne pas supprimer de photos']).verdict).toBe('in_scope');
    expect(verdictOf(scope, 'installer avast', ['Ne pas installer de nouveau logiciel']).verdict).toBe('out_of_scope');
    expect(verdictOf(scope, 'regarder le compte en banque', ['Aucune opération bancaire']).verdict).toBe('sensitive');
    expect(verdictOf(scope, 'trier les photos', ['Aucune opération bancaire']).verdict).toBe('in_scope');
    expect(verdictOf(scope, 'supprimer des photos', ['Ne pas supprimer de photos']).reason).toEqual({ key: 'scopeGuard.excluded', params: { exclusion: 'Ne pas supprimer de photos' } });
  });

  it('asks for more when the request is too vague', () => {
    for (const request of ['', '   ', 'ça marche pas', 'un truc', 'regarder', "l'ordi"]) {
      expect(verdictOf(['Installer la loupe'], request).verdict, request).toBe('unclear');
    }
  });

  it('sends what the mandate does not cover to a new intervention', () => {
    const result = verdictOf(['Prendre rendez-vous sur Doctolib'], 'renouveler le passeport');
    expect(result).toMatchObject({ verdict: 'out_of_scope', matchedScope: null });
    expect(frenchText(result.reason)).toMatch(/nouvelle intervention/);
  });

  it('reads category labels as covering their procedures, and qualifiers as details', () => {
    expect(verdictOf(['Papiers - Citoyenneté - Élections'], 'refaire le passeport').verdict).toBe('in_scope');
    expect(verdictOf(['Social - Santé'], 'demande de rsa').verdict).toBe('in_scope');
    expect(verdictOf(["Renouveler la carte d'identité sur ANTS"], 'demande de passeport').verdict).toBe('out_of_scope');
    expect(verdictOf(['Installer Zoom et faire un appel vidéo test'], 'appel skype avec les enfants').verdict).toBe('in_scope');
    expect(verdictOf(["Installer WhatsApp sur l'ordinateur"], 'installer zoom').verdict).toBe('out_of_scope');
  });

  it('handles typos, missing accents and conjugations', () => {
    const scope = ['Déclaration en ligne sur impots.gouv.fr', 'Réparer la connexion wifi'];
    expect(verdictOf(scope, 'declarer ses revenus').matchedScope).toBe(scope[0]);
    expect(verdictOf(scope, 'le wi-fi se coupe').matchedScope).toBe(scope[1]);
    expect(verdictOf(scope, 'DECLARATION DIMPOTS').matchedScope).toBe(scope[0]);
  });

  it('gives a short keyed reason with every verdict, in French and in English', () => {
    for (const request of ['imprimer', 'mot de passe', 'un truc', 'la tondeuse']) {
      const { reason } = verdictOf(['Installer l’imprimante'], request);
      for (const text of [frenchText(reason), formatMessage(reason, ENGLISH_CATALOGUE)]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text.length).toBeLessThan(160);
      }
    }
  });

  it('judges fast once the mandate is compiled', () => {
    const mandate = compileMandate(
      Array.from({ length: 20 }, (_, i) => ['Installer l’imprimante', 'Créer une adresse Gmail', 'Mises à jour de Windows', 'Prendre rendez-vous sur Doctolib'][i % 4]! + ` ${i}`),
      ['Aucune opération bancaire'],
    );
    expect(judge(mandate, 'imprimante marche pu').verdict).toBe('in_scope');
  });
});
