import { describe, expect, it } from 'vitest';
import { compileMandate, judge, judgeRequest, type Verdict } from '../../../shared/scope-guard';

const verdictOf = (scope: string[], request: string, exclusions: string[] = []): Verdict => judgeRequest({ scope, exclusions, request });

/** In scope with this item: earned, nothing left uncovered. */
function expectInScope(scope: string[], request: string, item = scope[0]!, exclusions: string[] = []) {
  const v = verdictOf(scope, request, exclusions);
  expect(v, request).toMatchObject({ verdict: 'in_scope', matchedScope: item });
  expect(v.evidence.uncovered, request).toEqual([]);
  return v;
}

/** Kept out of « Prévu au mandat », the words the item does not cover shown. */
function expectCheck(scope: string[], request: string, uncovered: string, why?: Verdict['why']) {
  const v = verdictOf(scope, request);
  expect(v.verdict, request).toBe('check');
  expect(v.matchedScope, request).toBe(scope[0]);
  expect(v.evidence.uncovered.join(' '), request).toContain(uncovered);
  if (why) expect(v.why, request).toBe(why);
  return v;
}

describe('scope guard: « in scope » is earned by one item covering the whole request', () => {
  it('covers a plain request in the helper’s words, typos and missing accents included', () => {
    expectInScope(["Installer l'imprimante HP du salon"], "l'imprimente marche pu");
    expectInScope(['Faire les mises à jour de Windows'], "l'ordi demande de redemarrer pour une mise a jour");
    expectInScope(['Déclarer ses revenus sur impots.gouv.fr'], 'bonjour alors voila ma fille dit quil faut que je fasse la declaration des impots sur internet');
  });

  it('says which words matched which item', () => {
    const v = expectInScope(['Créer une adresse Gmail', 'Régler le son des haut-parleurs'], 'le son est trop faible sur les hauts parleurs', 'Régler le son des haut-parleurs');
    expect(v.evidence.matched).toEqual([
      { words: 'le son', item: 'Régler le son des haut-parleurs' },
      { words: 'hauts parleurs', item: 'Régler le son des haut-parleurs' },
    ]);
  });

  it('needs no cover for what is said around the request: the scene, a name, a purpose', () => {
    expectInScope(['Régler le son'], 'on entend rien quand je regarde des videos');
    expectInScope(["Installer l'imprimante"], 'madame dupont a achete une imprimante chez carrefour et elle arrive pas a la brancher');
    expectInScope(['Télécharger l’attestation de paiement CAF'], "l'attestation de la caf pour le bailleur");
    // A purpose is a destination when something is sent or moved, or when it names a device.
    expectCheck(["Installer WhatsApp sur l'ordinateur"], 'installer whatsapp pour la tablette', 'tablette');
    expectCheck(['Sauvegarder les photos sur une clé USB'], 'copier les photos pour les mettre sur facebook', 'facebook');
  });

  it('reads the mandate catalogue’s broad items as they are written', () => {
    expectInScope(['Transférer des photos'], 'copier les photos du telephone sur l ordi');
    expectInScope(['Sauvegarder des fichiers'], 'sauvegarder mes documents sur une cle');
    expectInScope(['Régler l’accessibilité'], 'agrandir le texte');
    // Using something is not setting it up; a broad « logiciel » covers kinds of software, not their parts.
    expect(verdictOf(['Apprendre à utiliser Outlook'], 'regler outlook').verdict).toBe('check');
    expect(verdictOf(['Installer un logiciel'], 'changer la page d accueil').verdict).not.toBe('in_scope');
    expect(verdictOf(['Régler le son et le micro'], 'faire une visio').verdict).not.toBe('in_scope');
    // Saving somewhere covers any place only where the item itself saves and names none.
    expect(verdictOf(["Installer l'imprimante"], 'sauvegarder mes documents sur une cle').verdict).not.toBe('in_scope');
  });

  it('1. another destination: the item saves photos on a USB key, the request sends them elsewhere', () => {
    const scope = ['Sauvegarder les photos du téléphone sur une clé USB'];
    expectInScope(scope, 'copier les photos sur la clé');
    expectCheck(scope, 'envoyer les photos par mail', 'par mail');
    expectCheck(scope, 'mettre les photos sur le disque dur externe', 'disque dur externe', 'alternative');
    expectCheck(scope, 'mettre les photos sur google photos', 'google photos');
    expectCheck(['Envoyer des photos par mail à la famille'], 'envoyer une video par mail', 'video');
    // Another town than the item's is another place to go; the town one lives in, moved to or
    // holidayed in is only said around the request.
    const library = ['Réserver des livres sur le site de la médiathèque de Rennes'];
    expectInScope(library, 'reserver un livre a la mediatheque de rennes');
    expectCheck(library, 'reserver un livre a la bibliotheque de saint-malo', 'saint-malo');
    expectCheck(['Prendre rendez-vous à la mairie de Brest pour la carte d’identité'], 'prendre rdv a la mairie de limoges', 'limoges');
    expectInScope(['Inscrire sur les listes électorales sur service-public.fr'], "inscription sur les listes electorales, j'ai demenage a quimper");
    expectInScope(["Mettre à jour l'adresse postale sur le compte Ameli"], 'tapez ma nouvelle adresse sur le site ameli : 12 rue des lilas a cholet');
    expectInScope(["Copier les photos de l'ordinateur sur le disque dur externe"], 'mettre les photos des vacances a la rochelle sur le disque dur');
  });

  it('2. another device: the phone or the tablet against the computer', () => {
    const scope = ["Installer WhatsApp sur l'ordinateur"];
    expectInScope(scope, 'installer whatsapp sur le pc');
    expectCheck(scope, 'installer whatsapp sur la tablette', 'tablette');
    expectCheck(scope, 'mettre whatsapp sur son telephone', 'telephone', 'device');
  });

  it('3. another action on the same object: delete, uninstall, cancel, buy against copy, install, create, compare', () => {
    expectCheck(['Copier les documents sur le disque dur externe'], 'supprimer les documents du disque dur externe', 'supprimer', 'action');
    expectCheck(['Installer WhatsApp sur l’ordinateur'], 'desinstaller whatsapp', 'desinstaller', 'action');
    expectCheck(['Créer un compte Ameli'], 'supprimer le compte ameli', 'supprimer', 'action');
    expectCheck(['Prendre rendez-vous sur Doctolib'], 'annuler le rdv doctolib', 'annuler', 'action');
    expect(verdictOf(['Comparer des offres de mutuelle'], 'souscrire la mutuelle').verdict).toBe('sensitive');
  });

  it('4. a generic service against the specific one the item names, or the reverse', () => {
    expectInScope(['Prendre rendez-vous sur Doctolib'], 'prendre un rdv sur doctolib');
    expectInScope(['Prendre rendez-vous sur Doctolib'], 'voir un generaliste sur doctolib');
    expectCheck(["Prendre rendez-vous chez l'ophtalmologue sur Doctolib"], 'prendre rdv chez le kine sur doctolib', 'kine');
    expectCheck(['Prendre rendez-vous sur Doctolib'], 'prendre un rdv chez le dentiste', 'dentiste');
    expectCheck(['Sauvegarder les documents sur OneDrive'], 'sauvegarder ses fichiers dans le cloud', 'cloud', 'generic');
    expect(verdictOf(['Gérer son compte Ameli'], 'la mutuelle').verdict).not.toBe('in_scope');
    expect(verdictOf(['Prendre rendez-vous chez le médecin traitant'], 'prendre rdv sur doctolib').verdict).not.toBe('in_scope');
  });

  it('5. an alternative product of the same kind', () => {
    expectInScope(['Installer LibreOffice'], 'installer libre office');
    expectCheck(['Installer LibreOffice'], 'installer word', 'word', 'alternative');
    expectCheck(['Installer Zoom et faire un appel vidéo test'], 'faire un appel skype avec les petits enfants', 'skype', 'alternative');
    // A generic item covers every product of its kind.
    expectInScope(['Mettre en place les appels vidéo avec la famille'], 'installer whatsapp pour voir les petits enfants en video');
    // A Word file the item opens is a document, not the Microsoft suite to install.
    expect(verdictOf(["Installer LibreOffice et montrer comment ouvrir un document Word reçu par e-mail"], 'installer microsoft office plutot').verdict).not.toBe('in_scope');
  });

  it('6. another procedure on the same site: declaring income, paying a tax, changing bank details', () => {
    const scope = ['Déclarer ses revenus sur impots.gouv.fr'];
    expectInScope(scope, 'corriger sa declaration de revenus');
    expectCheck(scope, 'la taxe d habitation', 'taxe d habitation', 'procedure');
    expectCheck(scope, 'changer mon taux de prelevement', 'taux de prelevement', 'procedure');
    expect(verdictOf(scope, 'payer la taxe fonciere').verdict).toBe('sensitive');
    expect(verdictOf(scope, 'changer mon rib aux impots').verdict).toBe('sensitive');
    expectCheck(['Demander sa retraite en ligne'], 'la retraite de reversion de sa femme', 'reversion', 'procedure');
    // The carte Vitale on the phone is another procedure than ordering the card.
    const vitale = ["Déclarer la perte de la carte Vitale et commander la nouvelle sur ameli.fr"];
    expectInScope(vitale, "j'ai perdu ma carte vitale, il faut en refaire une");
    expect(verdictOf(vitale, "installer l'appli carte vitale sur mon telephone").verdict).not.toBe('in_scope');
  });

  it('7. an exclusion applies only when its action and its object both match', () => {
    const scope = ['Créer une adresse e-mail'];
    const exclusions = ['Ne pas lire les courriels personnels'];
    expectInScope(scope, 'créer une adresse e-mail', scope[0], exclusions);
    // Signing and communicating are acts: « Ne pas signer de document » does not exclude fetching one.
    expectInScope(['Faire la demande de garantie Visale pour le nouvel appartement'], "la garantie visale pour l'appart, remplir le dossier", undefined, ['Ne pas signer de bail ni de contrat']);
    expect(verdictOf(['Faire la demande de garantie Visale pour le nouvel appartement'], 'signer le bail en ligne', ['Ne pas signer de bail ni de contrat']).verdict).toBe('excluded');
    expect(verdictOf(['Activer Mon espace santé'], 'activer le carnet de sante numerique', ['Ne pas communiquer de données de santé à des tiers']).verdict).not.toBe('excluded');
    expect(verdictOf(scope, 'lire ses mails', exclusions)).toMatchObject({ verdict: 'excluded', exclusion: 'Ne pas lire les courriels personnels' });
    expectInScope(['Trier les photos'], 'trier les photos', 'Trier les photos', ['Ne pas supprimer de photos']);
    expect(verdictOf(['Trier les photos'], 'effacer les vieilles photos', ['Ne pas supprimer de photos']).verdict).toBe('excluded');
    // An action with no object excludes that action on anything.
    expect(verdictOf(['Grossir les caractères'], 'installer une appli de loupe', ['Ne rien installer']).verdict).toBe('excluded');
    // A broad object covers what it holds: photos are personal files.
    expect(verdictOf(['Nettoyer le bureau'], 'supprimer ses photos de vacances', ['Ne pas supprimer de fichiers personnels']).verdict).toBe('excluded');
    expect(verdictOf(['Nettoyer l’ordinateur et supprimer les virus'], 'supprimer les virus', ['Ne pas supprimer de fichiers personnels']).verdict).toBe('in_scope');
    // What an exclusion leaves out is not excluded.
    expectInScope(["Installer l'imprimante"], "installer l'imprimante", "Installer l'imprimante", ["Ne rien installer d'autre que l'imprimante"]);
    expect(verdictOf(["Installer l'imprimante"], 'installer zoom', ["Ne rien installer d'autre que l'imprimante"]).verdict).toBe('excluded');
  });

  it('gives no cover through a broad item to what another item names for the opposite, nor to another thing of the same kind', () => {
    expect(verdictOf(['Installer Firefox', 'Désinstaller les logiciels inutiles'], 'desinstaller firefox').verdict).toBe('check');
    expectInScope(['Installer Firefox', 'Désinstaller les logiciels inutiles'], 'desinstaller candy crush', 'Désinstaller les logiciels inutiles');
    expectCheck(['Sauvegarder les photos sur le disque dur externe'], 'sauvegarder les documents sur le disque externe', 'documents');
    expect(verdictOf(['Régler le son et le micro pour les appels vidéo'], 'installer zoom').verdict).not.toBe('in_scope');
    expectInScope(["Changer la page d'accueil du navigateur"], 'la page de démarrage de edge');
  });

  it('shows the exclusion and the words it matched', () => {
    const v = verdictOf(['Trier les photos'], 'supprimer des photos en double', ['Ne pas supprimer de photos']);
    expect(v.evidence.matched).toEqual([{ words: 'supprimer des photos', item: 'Ne pas supprimer de photos' }]);
  });
});

describe('scope guard: sensitive requests', () => {
  const scope = ['Créer une adresse Gmail', 'Déclarer ses revenus sur impots.gouv.fr', 'Réserver un billet de train SNCF'];

  it('are sensitive whatever the mandate says, with the words that made them so', () => {
    const cases: [string, string][] = [
      ['le mot de passe gmail', 'password'],
      ['mdp oublié', 'password'],
      ['il faut le code reçu par sms', 'password'],
      ['identifiants france travail perdus', 'password'],
      ['son RIB', 'bank'],
      ['faire un virement a son fils', 'bank'],
      ['taper le code de sa carte bleue', 'password'],
      ['payer les impôts en ligne', 'payment'],
      ['régler la facture d’eau', 'payment'],
      ['acheter le billet', 'purchase'],
      ['commander des cartouches', 'purchase'],
      ['prendre zoom pro payant', 'payment'],
      ['elle me donne son code', 'password'],
      ["verser de l'argent a mon fils", 'bank'],
      ['recharger le pass navigo', 'payment'],
    ];
    for (const [request, kind] of cases) expect(verdictOf(scope, request), request).toMatchObject({ verdict: 'sensitive', sensitiveKind: kind });
    expect(verdictOf(scope, 'le mot de passe gmail').evidence.flagged).toEqual(['mot de passe']);
  });

  it('names the exclusion that says the same', () => {
    expect(verdictOf(scope, 'consulter son compte bancaire', ['Aucune opération bancaire'])).toMatchObject({ verdict: 'sensitive', exclusion: 'Aucune opération bancaire' });
  });

  it('are not made of documents, tickets or codes that are no secret', () => {
    expectInScope(['Imprimer le billet de train'], 'imprimer mon billet de train');
    expectInScope(["Télécharger l'avis d'impôt"], "telecharger l'avis d'impot");
    expectInScope(['Aider Mme pour son compte Ameli'], 'commander la carte vitale');
    expectInScope(['Logement'], 'demande de chèque énergie');
    expect(verdictOf(scope, 'le code postal').verdict).not.toBe('sensitive');
    expect(verdictOf(['Faire la demande de carte grise'], 'changer la carte grise apres achat de la voiture').verdict).not.toBe('sensitive');
  });

  it('leave the Quick Assist code alone: it is the session itself', () => {
    expect(verdictOf(scope, 'le code de sécurité de l’assistance rapide a expiré')).toMatchObject({ verdict: 'in_scope', matchedScope: null });
  });
});

describe('scope guard: what the request says is NOT wanted', () => {
  it('refuses what follows « pas de », « sans », « rien », « non merci », « je le fais moi-même », « je garde »: never sensitive, never excluded, no cover needed', () => {
    expectInScope(["Suivre la demande de titre de séjour sur le site de l'ANEF"], "pas de paiement d'accord, on regarde juste si mon titre de sejour avance");
    expectInScope(["Faire l'actualisation mensuelle sur francetravail.fr"], "le mot de passe je le tape moi-même, montrez-moi où cliquer pour l'actualisation");
    expectInScope(['Imprimer les photos du dossier Images'], "je supprime rien promis, c'est juste pour imprimer les photos");
    expectInScope(["Porter plainte en ligne pour l'escroquerie (plateforme THESEE)"], 'la carte bancaire non je la garde pour moi, on fait juste la plainte');
    expectInScope(['Déclarer ses revenus sur impots.gouv.fr'], 'sans payer quoi que ce soit, juste declarer mes revenus');
    expectInScope(['Déclarer ses revenus sur impots.gouv.fr'], 'non merci pas de virement juste la declaration de revenus');
    expectInScope(['Déclarer ses revenus sur impots.gouv.fr'], "pour le passeport on verra plus tard, aujourd'hui juste la declaration de revenus", undefined, ['Ne pas faire de démarche pour le passeport']);
    expectInScope(['Créer une adresse e-mail'], "rien supprimer, on cree juste l'adresse mail", undefined, ['Ne supprimer aucun courriel']);
  });

  it('keeps asked what a negation only states: an inability, a fact', () => {
    const scope = ['Déclarer ses revenus sur impots.gouv.fr'];
    expect(verdictOf(scope, 'je ne sais pas faire le virement')).toMatchObject({ verdict: 'sensitive', sensitiveKind: 'bank' });
    expect(verdictOf(scope, 'je sais pas mon mot de passe')).toMatchObject({ verdict: 'sensitive', sensitiveKind: 'password' });
    expect(verdictOf(['Créer une adresse e-mail'], 'supprimer mes vieux mails', ['Ne supprimer aucun courriel']).verdict).toBe('excluded');
  });
});

describe('scope guard: the Quick Assist connection itself', () => {
  const scope = ['Déclarer ses revenus sur impots.gouv.fr'];

  it('is the session, covered by every mandate: the code, its six letters, « Autoriser », the window', () => {
    for (const request of ["j'ai cliqué sur autoriser", "le code de l'assistance rapide il faut le taper ou ?", 'je lui lis les six lettres', 'la fenetre assistance rapide a disparu', 'vous voyez mon ecran ?']) {
      expect(verdictOf(scope, request), request).toMatchObject({ verdict: 'in_scope', matchedScope: null });
    }
  });

  it('is not a card code, nor a payment to authorise', () => {
    expect(verdictOf(scope, 'je vous donne le code de ma carte').verdict).toBe('sensitive');
    expect(verdictOf(scope, 'autoriser le prelevement sur mon compte').verdict).toBe('sensitive');
  });
});

describe('scope guard: procedures named by their documents, benefits and sub-tasks', () => {
  it('recognises them as people say them', () => {
    expectInScope(['Consulter son relevé de carrière sur info-retraite.fr'], 'le relevé de mes trimestres');
    expectInScope(["Demander l'aide au logement à la CAF"], "l'APL");
    expectInScope(["Renouveler la carte d'identité sur le site de l'ANTS"], 'la pré-demande pour la carte');
    expectInScope(['Faire l’actualisation mensuelle sur France Travail'], 'je dois pointer a pole emploi ce mois ci');
  });

  it('tells neighbouring procedures of the same site apart', () => {
    expectCheck(["Renouveler la carte d'identité sur le site de l'ANTS"], 'refaire mon passeport', 'passeport', 'procedure');
    expectCheck(['Faire l’actualisation mensuelle sur France Travail'], 'mettre mon cv sur france travail', 'cv', 'procedure');
    expectCheck(["Demander l'aide au logement à la CAF"], 'demander la prime d’activité', 'prime d’activité', 'procedure');
  });

  it('reads a category as all its procedures, and an alternative filing as worth checking', () => {
    expectInScope(['Travail - Formation'], 'la retraite');
    expectInScope(['Transports - Mobilité'], 'renouveler le permis de conduire');
    expectInScope(['Logement'], 'le chèque énergie');
    expect(verdictOf(['Social - Santé'], "s'inscrire a france travail")).toMatchObject({ verdict: 'check', why: 'category' });
    expect(verdictOf(['Papiers - Citoyenneté - Élections'], 'la carte grise').verdict).toBe('out_of_scope');
  });
});

describe('scope guard: vague, empty and nothing in force', () => {
  it('asks for more when nothing precise is said', () => {
    for (const request of ['', '   ', 'ça marche pas', 'un truc', 'regarder', 'installer', 'un rdv', 'euh attendez']) {
      expect(verdictOf(['Installer Zoom'], request).verdict, request).toBe('unclear');
    }
  });

  it('says « out of scope » with the words when nothing in the mandate is about it', () => {
    const v = verdictOf(['Prendre rendez-vous sur Doctolib'], 'renouveler le passeport');
    expect(v).toMatchObject({ verdict: 'out_of_scope', matchedScope: null, why: 'no_item' });
    expect(v.evidence.uncovered.join(' ')).toContain('passeport');
  });

  it('covers nothing when no item is in force', () => {
    expect(verdictOf([], 'installer zoom')).toMatchObject({ verdict: 'out_of_scope', why: 'no_scope' });
  });

  it('judges against a mandate compiled once', () => {
    const mandate = compileMandate(["Installer l'imprimante", 'Créer une adresse Gmail'], ['Aucune opération bancaire']);
    expect(judge(mandate, 'imprimante marche pu').verdict).toBe('in_scope');
    expect(judge(mandate, 'imprimante marche pu').verdict).toBe('in_scope');
  });
});

describe('scope guard: a state is a check, not an act', () => {
  it('reads « est bien installé ? », « est déjà créé » as asking whether the item is done', () => {
    const scope = ['Vérifier que Microsoft Defender est activé', 'Désinstaller le faux antivirus « PC Cleaner Pro »'];
    const exclusions = ["Ne pas installer d'autre antivirus"];
    // « installé » is the state of the antivirus: the exclusion about installing does not apply.
    expect(verdictOf(scope, "est-ce que l'antivirus de windows est bien installé ?", exclusions).verdict).not.toBe('excluded');
    expect(verdictOf(scope, "installer un autre antivirus", exclusions).verdict).toBe('excluded');
    expect(verdictOf(['Créer le compte Ameli'], 'mon compte ameli est deja cree, on regarde ?').verdict).not.toBe('out_of_scope');
  });

  it('does not take what someone else does for an act the person asks (« c’est le docteur qui le remplit »)', () => {
    const scope = ['Faire la demande de carte mobilité inclusion (CMI) sur le site de la MDPH'];
    const exclusions = ['Ne pas remplir le certificat médical'];
    expect(verdictOf(scope, "le certificat medical c'est le medecin qui le remplit, nous on fait la demande de cmi", exclusions).verdict).not.toBe('excluded');
    expect(verdictOf(scope, 'remplir le certificat medical', exclusions).verdict).toBe('excluded');
  });

  it('needs the qualifier of a vague excluded object: « le certificat médical » is not any paper', () => {
    const scope = ["Remplir le dossier de demande d'APA et l'imprimer"];
    const exclusions = ['Ne pas remplir le certificat médical'];
    expectInScope(scope, "pour l'apa il faut completer avec l'avis d'imposition", scope[0], exclusions);
  });
});

describe('scope guard: whom a paper is for', () => {
  it('reads who asks for a paper as whom it is for: no bank operation, no other service to cover', () => {
    expectInScope(["Télécharger et imprimer l'avis d'impôt 2026"], "imprimer l'avis d'impot, la banque me le reclame");
    expectInScope(["Télécharger l'attestation de paiement de la CAF"], "c'est l'attestation de paiement que le bailleur demande");
    expectInScope(["Télécharger le certificat de scolarité d'Enzo sur l'ENT du collège"], "le certificat de scolarite d'enzo pour la caf");
    // Sent there, it is a destination again.
    expect(verdictOf(["Télécharger le certificat de scolarité d'Enzo sur l'ENT du collège"], "envoyer le certificat de scolarite a la caf").verdict).not.toBe('in_scope');
  });

  it('reads « au téléphone » as how people talk, not as another device', () => {
    expectInScope(["Mettre à jour le CV dans l'espace candidat France Travail"], "la conseillere m'a dit au telephone de mettre mon cv a jour");
    expect(verdictOf(['Faire les mises à jour de Windows 11 sur l’ordinateur portable'], 'les mises a jour de mon telephone android').verdict).not.toBe('in_scope');
  });

  it('keeps a destination named by a word it does not know (« à l’agence »)', () => {
    expect(verdictOf(['Mettre à jour le CV dans Word et l’enregistrer en PDF'], "envoyer mon cv a l'agence d'interim").verdict).not.toBe('in_scope');
  });
});

describe('scope guard: which item, when several cover', () => {
  it('prefers the item that says the request’s own words', () => {
    const edf = ['Mettre en place le prélèvement automatique des factures EDF', "Transmettre le relevé du compteur sur l'espace client EDF"];
    expectInScope(edf, 'juste envoyer mon releve a edf', edf[1]);
    const ants = ["Prendre rendez-vous à la mairie pour déposer le dossier de carte d'identité", "Faire la pré-demande de carte d'identité sur ants.gouv.fr"];
    expectInScope(ants, 'noter le numero de predemande pour le donner a la mairie', ants[1]);
  });

  it('does not let the scene choose the item (« avant d’aller à la mairie »)', () => {
    const ants = ["Prendre rendez-vous à la mairie de Rennes pour déposer le dossier de carte d'identité", "Faire la pré-demande de carte d'identité sur le site de l'ANTS"];
    expectInScope(ants, "ma carte d'identite est perimee, remplir le formulaire en ligne avant d'aller a la mairie", ants[1]);
  });

  it('reads a procedure’s act however it is worded, in the item as in the request', () => {
    expectInScope(["Modifier l'adresse sur la carte grise sur le site de l'ANTS"], 'mettre ma nouvelle adresse sur la carte grise');
    expect(verdictOf(["Modifier l'adresse sur la carte grise sur le site de l'ANTS"], 'demander un duplicata de la carte grise').verdict).not.toBe('in_scope');
  });
});

describe('scope guard: names and unknown words', () => {
  it('takes a name the item says too as what the request is about', () => {
    expectInScope(["Télécharger le certificat de scolarité d'Enzo sur l'ENT du collège"], "le certificat de scolarite d'enzo");
    // The computer where the item names the tablet is another device.
    expect(verdictOf(["Installer l'application Libby sur la tablette"], "libby sur l'ordinateur").verdict).not.toBe('in_scope');
  });

  it('keeps a brand after the device it qualifies (« l’appareil Nikon » is not the Canon)', () => {
    expect(verdictOf(["Transférer les photos de l'appareil photo Canon vers le dossier Images"], "les photos de l'appareil nikon dans images").verdict).not.toBe('in_scope');
  });

  it('reads an item opening on an unknown verb as that act only', () => {
    expect(verdictOf(["Bloquer les courriels publicitaires d'un expéditeur"], 'configurer mon adresse gmail dans outlook').verdict).not.toBe('in_scope');
    expect(verdictOf(["Bloquer les courriels publicitaires d'un expéditeur"], 'les courriels publicitaires').verdict).toBe('in_scope');
  });

  it('does not read a longer word through a shorter one’s stem (« opération » is not Opera)', () => {
    expectInScope(["Télécharger l'attestation de droits sur ameli"], "le papier de la secu qui prouve que je suis assure, pour l'operation de la cataracte");
  });
});

describe('scope guard: acts bound to their things, clause by clause', () => {
  it('covers what a request does to a thing only by the act the item does to it', () => {
    const antivirus = ["Désinstaller l'ancien antivirus Avast et activer Microsoft Defender"];
    expect(verdictOf(antivirus, 'remettre avast finalement').verdict).not.toBe('in_scope');
    expectInScope(antivirus, 'enlever avast');
    expectInScope(antivirus, 'activer defender');
    const library = ['Créer le compte sur le site de la médiathèque de Brest et réserver un livre'];
    expect(verdictOf(library, 'prolonger mes livres de 3 semaines').verdict).not.toBe('in_scope');
    expectInScope(library, 'reserver un livre a la mediatheque');
  });

  it('reads a later clause with no object of its own as done to the earlier one’s', () => {
    expectInScope(['Déclarer la perte de la carte Vitale et commander la nouvelle sur le compte Ameli'], "j'ai perdu ma carte vitale, en refaire une");
    expectInScope(["Installer Zoom sur l'ordinateur et tester la webcam et le micro"], "juste l'installer et essayer le micro");
  });
});

describe('scope guard: one brand against another (kind 5)', () => {
  it('tells the brands of an e-reader and of a disk apart', () => {
    expect(verdictOf(['Emprunter des livres numériques de la médiathèque sur la liseuse Kobo'], 'emprunter des livres numeriques sur la kindle').verdict).not.toBe('in_scope');
    expectInScope(['Emprunter des livres numériques de la médiathèque sur la liseuse Kobo'], 'emprunter des livres numeriques sur la kobo');
    expect(verdictOf(['Sauvegarder le dossier Documents sur le disque dur externe WD'], 'sauvegarder les documents sur le disque dur seagate').verdict).not.toBe('in_scope');
  });

  it('checks a choice of one of a kind against another where the item names only the kind', () => {
    const scan = ["Numériser la carte d'identité avec le scanner de l'imprimante"];
    expect(verdictOf(scan, 'on rebranche la HP plutot que la canon ?').verdict).not.toBe('in_scope');
    expect(verdictOf(scan, 'brancher la HP au lieu de la canon').verdict).not.toBe('in_scope');
    expectInScope(scan, "scanner la carte d'identite avec l'imprimante canon");
  });
});

describe('scope guard: benefits filed together are distinct procedures (kind 6)', () => {
  it('does not take one MDPH benefit for another', () => {
    const cmi = ['Faire la demande de carte mobilité inclusion (CMI) sur le site MDPH en ligne'];
    expect(verdictOf(cmi, 'demander aussi la prestation de compensation du handicap, la pch').verdict).not.toBe('in_scope');
    expect(verdictOf(['Remplir la demande de RQTH en ligne sur mdphenligne.cnsa.fr'], "faire la demande d'AAH en meme temps").verdict).not.toBe('in_scope');
    expectInScope(['Remplir la demande de RQTH en ligne sur mdphenligne.cnsa.fr'], 'la demande pour etre reconnu travailleur handicape');
  });

  it('knows naturalisation by how people say it', () => {
    expect(verdictOf(["Télécharger et imprimer l'attestation de dépôt de la demande de titre de séjour"], 'faire la demande pour devenir francaise').verdict).not.toBe('in_scope');
  });
});

describe('scope guard: procedures on one site that are not the item’s (kind 6)', () => {
  it('knows declaring the GP and seeing a conciliator as procedures of their own', () => {
    expect(verdictOf(["Créer le compte Ameli et télécharger l'attestation de droits"], 'declarer mon medecin traitant sur ameli').verdict).not.toBe('in_scope');
    expectInScope(["Trouver l'adresse du conciliateur de justice le plus proche", "Demander l'extrait de casier judiciaire (bulletin n°3) en ligne"], 'trouver le conciliateur du coin pour le probleme avec le voisin');
  });

  it('tells school registration and school transport from the canteen', () => {
    const canteen = ['Créer le compte sur le portail famille de la mairie et inscrire Lucas à la cantine'];
    expect(verdictOf(canteen, 'inscrire lucas au lycee pour la rentree prochaine').verdict).not.toBe('in_scope');
    expect(verdictOf(['Inscrire Enzo à la cantine sur le portail Famille de la mairie'], "l'inscrire au car scolaire de la region").verdict).not.toBe('in_scope');
    expectInScope(canteen, 'inscrire lucas a la cantine');
  });

  it('reads an item creating an account on a site as the account, not every procedure of the site', () => {
    const account = ["Créer le compte ÉduConnect de responsable légal pour Léa"];
    expect(verdictOf(account, 'faire la demande de bourse de college pour lea avec educonnect').verdict).not.toBe('in_scope');
    expectInScope(['Créer le compte SNCF Connect'], 'me faire un compte sur le site des trains pour avoir mes billets dedans');
  });

  it('knows France Travail’s driving-licence aid as another procedure than the monthly update', () => {
    expect(verdictOf(['Actualiser la situation mensuelle sur francetravail.fr'], "demander l'aide de france travail pour passer le permis").verdict).not.toBe('in_scope');
    expectInScope(['Actualiser la situation mensuelle sur francetravail.fr'], 'faire mon actualisation france travail');
  });

  it('does not read « du coin » as Leboncoin', () => {
    expectInScope(["Trouver l'adresse du conciliateur de justice le plus proche"], 'trouver le conciliateur du coin');
    expectInScope(['Vendre le vélo sur Leboncoin'], 'vendre le velo sur le bon coin');
  });
});

describe('scope guard: a site the guard does not know (kind 4)', () => {
  it('reads a hyphenated name after « site » as one site, not as its words', () => {
    const ants = ["Faire la pré-demande de carte d'identité sur le site de l'ANTS"];
    expect(verdictOf(ants, 'la voisine m a donne un site, demarches-cni-express, pour la carte, on passe par la ?').verdict).not.toBe('in_scope');
    expect(verdictOf(["Remplir la demande de vignette Crit'Air sur certificat-air.gouv.fr"], 'remplir la demande crit air sur le site critair-vignette-rapide').verdict).not.toBe('in_scope');
    expectInScope(["Déposer une demande de logement social sur demande-logement-social.gouv.fr"], 'faire la demande hlm sur le site demande-logement-social.gouv.fr');
  });
});

describe('scope guard: payslips and purchases already made are not payments', () => {
  it('reads « fiches de paie » as a paper and « l’achat est déjà fait » as done', () => {
    expect(verdictOf(['Scanner les justificatifs pour le dossier de titre de séjour'], 'scanner les fiches de paie pour le dossier').verdict).not.toBe('sensitive');
    expectInScope(['Imprimer le billet de train déjà payé'], "imprimer le billet, l'achat est deja fait");
    expect(verdictOf(['Imprimer le billet de train déjà payé'], 'payer le billet de train').verdict).toBe('sensitive');
  });
});

describe('scope guard: any one of a kind (kind 4)', () => {
  it('does not let an item whose procedure goes to one town hall cover « n’importe quelle mairie »', () => {
    const ants = ["Faire la pré-demande de carte nationale d'identité sur le site de l'ANTS"];
    expect(verdictOf(ants, "n'importe quelle mairie du rhone qui a un creneau").verdict).not.toBe('in_scope');
    expectInScope(['Prendre rendez-vous chez un médecin sur Doctolib'], "n'importe quel generaliste sur doctolib");
  });
});

describe('scope guard: the matter of a covered procedure', () => {
  it('covers an object of the procedure’s own field (the rent, the flat for the housing aid)', () => {
    const apl = ["Faire la demande d'aide au logement (APL) sur caf.fr"];
    expectInScope(apl, "l'aide pour le loyer, la demande sur le site de la caf, j'ai un nouvel appartement");
    expectInScope(apl, "remplir le dossier d'apl, ils demandent le montant du loyer");
    expect(verdictOf(apl, 'chercher un appartement a louer').verdict).not.toBe('in_scope');
  });
});

describe('scope guard: procedures described rather than named', () => {
  it('knows the criminal record and legal aid by how people describe them', () => {
    expectInScope(['Demander un extrait de casier judiciaire (bulletin n°3) en ligne'], "le papier qui prouve que j'ai jamais eu d'ennuis avec la justice");
    expectInScope(["Faire la demande d'aide juridictionnelle en ligne"], "le dossier pour que l'etat paye l'avocat");
  });
});

describe('scope guard: where something was lost is the scene', () => {
  it('does not read « dans le bus » after « perdu » as a service to cover', () => {
    const vitale = ['Déclarer la perte de la carte Vitale sur ameli.fr et commander la nouvelle'];
    expectInScope(vitale, "j'ai perdu ma carte vitale dans le bus, faut en refaire une");
    expect(verdictOf(vitale, 'acheter un ticket de bus').verdict).not.toBe('in_scope');
  });
});
