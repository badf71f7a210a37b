/**
 * Aidants Connect's ten categories of procedures, in its order, with the key its code uses.
 * The mandate catalogue offers them; the scope guard files every procedure of procedures.json
 * under one of them. Kept apart from the procedures (and as code, not JSON) so that the mandate
 * form and the start-up code can read them without loading the guard's data.
 */

export type CategoryId =
  | 'papers_citizenship'
  | 'family_school'
  | 'social_health'
  | 'work_training'
  | 'housing'
  | 'transport'
  | 'money_tax'
  | 'justice'
  | 'foreign_europe'
  | 'leisure';

export interface ProcedureCategory {
  readonly id: CategoryId;
  /** As Aidants Connect writes it, and as the mandate shows it. */
  readonly label: string;
  /** The key Aidants Connect's code uses for it. */
  readonly aidantsConnectKey: string;
  /** What it holds, in a line, for the mandate form. */
  readonly description: string;
}

export const CATEGORIES: readonly ProcedureCategory[] = [
  {
    id: 'papers_citizenship',
    label: 'Papiers - Citoyenneté - Élections',
    aidantsConnectKey: 'papiers',
    description: 'Carte d’identité, passeport, actes d’état civil, inscription sur les listes électorales, procuration.',
  },
  {
    id: 'family_school',
    label: 'Famille - Scolarité',
    aidantsConnectKey: 'famille',
    description: 'Allocations familiales, naissance, inscriptions scolaires, cantine, bourses, études supérieures.',
  },
  {
    id: 'social_health',
    label: 'Social - Santé',
    aidantsConnectKey: 'social',
    description: 'Assurance maladie, complémentaire santé, RSA, prime d’activité, handicap, autonomie des personnes âgées.',
  },
  {
    id: 'work_training',
    label: 'Travail - Formation',
    aidantsConnectKey: 'travail',
    description: 'Inscription et actualisation à France Travail, recherche d’emploi, formation, retraite.',
  },
  {
    id: 'housing',
    label: 'Logement',
    aidantsConnectKey: 'logement',
    description: 'Aides au logement, logement social, contrat d’énergie, chèque énergie, changement d’adresse.',
  },
  {
    id: 'transport',
    label: 'Transports - Mobilité',
    aidantsConnectKey: 'transports',
    description: 'Permis de conduire, carte grise, amendes, vignette Crit’Air, titres de transport.',
  },
  {
    id: 'money_tax',
    label: 'Argent - Impôts - Consommation',
    aidantsConnectKey: 'argent',
    description: 'Déclaration de revenus, impôts locaux, assurance, litiges de consommation, surendettement.',
  },
  {
    id: 'justice',
    label: 'Justice',
    aidantsConnectKey: 'justice',
    description: 'Casier judiciaire, plainte en ligne, aide juridictionnelle, démarches auprès d’un tribunal.',
  },
  {
    id: 'foreign_europe',
    label: 'Étranger - Europe',
    aidantsConnectKey: 'etranger',
    description: 'Titre de séjour, naturalisation, attestation d’accueil, regroupement familial, visa.',
  },
  {
    id: 'leisure',
    label: 'Loisirs - Sport - Culture',
    aidantsConnectKey: 'loisirs',
    description: 'Médiathèque, pass Culture, sorties culturelles, clubs et activités, voyages à l’étranger.',
  },
];

const byId = new Map(CATEGORIES.map((c) => [c.id, c]));

export function findCategory(id: string): ProcedureCategory | undefined {
  return byId.get(id as CategoryId);
}
