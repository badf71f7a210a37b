import { CATEGORIES } from '../procedures/categories';

/**
 * What a mandate can list, ready to tick. Ids are stable: they are stored in mandates and
 * hashed into attestations, so an id is never renamed or reused; labels may be reworded
 * (the mandate keeps its own copy of the label it was signed with).
 */

/**
 * 'task': a computer task, listed once per mandate.
 * 'procedure': a category of administrative procedures; a mandate may name several precise
 * procedures of the same category (a tax return and a property-tax question), so it may
 * appear more than once with different labels.
 */
export type CatalogueKind = 'task' | 'procedure';

export interface CatalogueEntry {
  readonly id: string;
  readonly kind: CatalogueKind;
  readonly label: string;
  readonly description: string;
}

const task = (id: string, label: string, description: string): CatalogueEntry => ({ id: `task.${id}`, kind: 'task', label, description });
const procedure = (id: string, label: string, description: string): CatalogueEntry => ({
  id: `procedure.${id}`,
  kind: 'procedure',
  label,
  description,
});

export const COMPUTER_TASKS: readonly CatalogueEntry[] = [
  task('printer', 'Installer ou régler une imprimante', 'Brancher ou connecter l’imprimante, installer son pilote, imprimer une page d’essai.'),
  task('email_create', 'Créer une adresse e-mail', 'Choisir un fournisseur et une adresse, créer le compte avec la personne.'),
  task('email_setup', 'Configurer la messagerie', 'Régler l’application de courrier, classer les messages, ajouter des contacts.'),
  task('windows_update', 'Faire les mises à jour de Windows', 'Lancer Windows Update, installer les mises à jour en attente, redémarrer si besoin.'),
  task('photos_transfer', 'Transférer des photos', 'Copier les photos d’un téléphone, d’un appareil ou d’une clé vers l’ordinateur.'),
  task('backup', 'Sauvegarder des fichiers', 'Copier les documents et photos importants sur un disque externe, une clé ou un espace en ligne.'),
  task('video_call', 'Installer ou utiliser un outil d’appel vidéo', 'Installer l’application, tester la caméra et le micro, faire un appel d’essai.'),
  task('accessibility', 'Régler l’accessibilité', 'Agrandir le texte et le pointeur, régler les contrastes, la loupe ou la lecture à voix haute.'),
  task('security_check', 'Vérifier la sécurité (antivirus)', 'Vérifier que l’antivirus fonctionne, lancer une analyse, repérer les programmes douteux.'),
  task('files_tidy', 'Ranger les fichiers et dossiers', 'Créer des dossiers, y ranger les documents, vider la corbeille avec l’accord de la personne.'),
  task('browser', 'Régler le navigateur et les favoris', 'Choisir la page d’accueil, ajouter ou ranger les favoris, nettoyer les extensions inutiles.'),
  task('wifi', 'Régler le Wi-Fi ou la connexion Internet', 'Se connecter au réseau de la box, vérifier que la connexion fonctionne.'),
  task('software_install', 'Installer un logiciel', 'Télécharger un logiciel depuis son site officiel et l’installer.'),
  task('software_remove', 'Désinstaller un logiciel', 'Retirer un programme devenu inutile ou indésirable.'),
  task('sound_mic', 'Régler le son et le micro', 'Choisir les haut-parleurs ou le casque, régler le volume, tester le micro.'),
];

/**
 * The ten categories of procedures used by Aidants Connect, so mandates read the same way.
 * Read from shared/procedures/categories.ts, the grouping the scope guard files every
 * procedure under: the mandate and the guard cannot disagree on where a procedure belongs.
 */
export const PROCEDURE_CATEGORIES: readonly CatalogueEntry[] = CATEGORIES.map((c) => procedure(c.id, c.label, c.description));

export const CATALOGUE: readonly CatalogueEntry[] = [...COMPUTER_TASKS, ...PROCEDURE_CATEGORIES];

const BY_ID = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

export function findCatalogueEntry(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}

export interface ListedOption {
  readonly id: string;
  readonly label: string;
}

/**
 * Offered ticked on every new mandate: the three things a helper must never do in the
 * person's place. The person may untick them, but the default protects both sides.
 */
export const DEFAULT_EXCLUSIONS: readonly ListedOption[] = [
  { id: 'no_banking', label: 'Aucune opération bancaire (ni virement, ni consultation des comptes)' },
  { id: 'no_secret', label: 'Ne jamais taper un mot de passe ou un code à la place de la personne' },
  { id: 'no_purchase', label: 'Aucun achat, paiement ou abonnement' },
];

export const QUICK_ASSIST_TOOL = 'Assistance rapide (Quick Assist de Microsoft)';

export const TOOLS: readonly ListedOption[] = [
  { id: 'quick_assist', label: QUICK_ASSIST_TOOL },
  { id: 'phone', label: 'Appel téléphonique pendant toute la séance' },
];

export const DEFAULT_TOOLS: readonly string[] = [QUICK_ASSIST_TOOL];
