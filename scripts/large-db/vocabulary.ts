/** The French content the generator draws from: names, notes, requests, reasons. */
import { DEFAULT_TALKING_POINTS } from '../../shared/session/talking-points';
import type { StepId } from '../../shared/session/step-ids';

export const FIRST_NAMES = [
  'Jeanne', 'Marie', 'Monique', 'Françoise', 'Josette', 'Colette', 'Simone', 'Odette', 'Geneviève', 'Hélène',
  'Yvette', 'Paulette', 'Madeleine', 'Bernadette', 'Christiane', 'Nicole', 'Danielle', 'Suzanne', 'Lucienne', 'Germaine',
  'Jean', 'Pierre', 'Michel', 'André', 'Bernard', 'Jacques', 'Claude', 'René', 'Marcel', 'Roger',
  'Gérard', 'Robert', 'Henri', 'Louis', 'Georges', 'Lucien', 'Raymond', 'Maurice', 'Guy', 'Yves',
  'Fatima', 'Mohamed', 'Ahmed', 'Aïcha', 'Nguyen', 'Thi', 'Joseph', 'Élise', 'Noël', 'Anaïs',
];
export const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefèbvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier',
  'Benali', 'Haddad', 'Nguyen', 'Tran', 'Da Silva', 'Ferreira', 'Le Gall', 'Le Goff', 'Kerjean', 'Saint-Martin',
];
export const PERSON_NOTES = [
  '', '', '',
  'Appeler plutôt le matin, avant 11 h.',
  'Malvoyante : préfère les documents en gros caractères.',
  'Entend mal au téléphone : parler lentement, répéter le code.',
  'Sa fille peut aider en cas de besoin.',
  'Ordinateur portable sous Windows 11, imprimante Canon.',
  'Ancien ordinateur sous Windows 10, lent au démarrage.',
  'Très à l’aise avec la tablette, moins avec l’ordinateur.',
  'Méfiante au téléphone après une tentative d’arnaque : bien se présenter.',
  'Rendez-vous le mardi après-midi de préférence.',
  'Habite seule, pas d’accès à internet le week-end.',
];
export const HELPERS = ['Camille Roux', 'Julien Mercier', 'Sophie Lambert', 'Karim Haddad', 'Léa Fontaine', 'Thomas Girard', 'Inès Benali', 'Hugo Perrin'];
export const PLACES = ['Lyon', 'Villeurbanne', 'Vénissieux', 'Grenoble', 'Saint-Étienne', 'Annecy', 'Chambéry', 'Valence'];
export const NOTE_OPENINGS = ['La personne', 'Madame', 'Monsieur', 'Nous avons', 'J’ai', 'Aujourd’hui on a', 'Penser à', 'À revoir :'];
export const NOTE_MIDDLES = [
  'installé le pilote de l’imprimante', 'vérifié les mises à jour de Windows', 'rangé les photos du téléphone dans un dossier',
  'créé un dossier « Papiers » sur le bureau', 'testé la caméra et le micro pour l’appel vidéo', 'agrandi le texte et le pointeur',
  'lancé une analyse de l’antivirus', 'copié les documents sur la clé USB', 'configuré la messagerie', 'supprimé des programmes douteux',
  'réglé la loupe de Windows', 'trouvé l’application de courrier', 'vidé la corbeille avec son accord', 'imprimé une page d’essai',
  'retrouvé le mot de passe de la box dans ses papiers', 'ajouté ses petits-enfants aux contacts', 'expliqué comment ouvrir les pièces jointes',
];
export const NOTE_ENDINGS = [
  '.', ' sans difficulté.', ', tout fonctionne.', ' mais c’est encore lent.', ' ; à refaire ensemble la prochaine fois.',
  ' : la personne a bien compris.', ', elle a pris des notes sur papier.', ' ; le scanner reste à voir.', ', il faudra redémarrer demain.',
];
export const REQUESTS: { text: string; verdict: 'out_of_scope' | 'sensitive' | 'unclear' }[] = [
  { text: 'Pouvez-vous regarder mon compte en banque ?', verdict: 'sensitive' },
  { text: 'Remplir ma déclaration d’impôts', verdict: 'sensitive' },
  { text: 'Installer un jeu de cartes', verdict: 'out_of_scope' },
  { text: 'Changer de fournisseur internet', verdict: 'out_of_scope' },
  { text: 'Regarder pourquoi le téléphone sonne tout le temps', verdict: 'unclear' },
  { text: 'Prendre rendez-vous chez le médecin en ligne', verdict: 'sensitive' },
  { text: 'Réparer la télévision', verdict: 'out_of_scope' },
  { text: 'Supprimer des vieux mails', verdict: 'unclear' },
];
export const DECISIONS = ['Prévu pour une prochaine séance.', 'La personne le fera elle-même avec sa fille.', 'Refusé : hors du mandat.', 'Noté pour un nouveau mandat.'];
export const SKIP_REASONS = ['déjà fait', 'la personne était déjà connectée', 'pas nécessaire aujourd’hui'];
export const OVERRIDE_REASONS = ['Mandat papier signé, pas encore saisi.', 'Renouvellement en cours, accord de la coordinatrice.', 'Dépannage urgent de l’imprimante, accord oral.'];
export const REVOKE_REASONS = ['La personne a demandé l’arrêt de l’accompagnement.', 'Déménagement en maison de retraite.', 'Sa famille prend le relais.'];
export const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const pointsOf = (step: StepId) => DEFAULT_TALKING_POINTS.filter((p) => p.step === step).map((p) => p.id);
export const DAY_MS = 24 * 60 * 60 * 1000;
