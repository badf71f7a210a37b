import type { SensitiveKind } from './thesaurus';

/** The short French sentences shown to the helper beside each verdict (vouvoiement, plain words). */

const SENSITIVE: Record<SensitiveKind, string> = {
  password: 'Mot de passe ou code confidentiel : la personne le saisit elle-même, sans vous le dire.',
  bank: 'Opération bancaire : la personne la fait seule, vous ne prenez pas la main.',
  payment: 'Paiement : la personne le fait elle-même, vous ne prenez pas la main.',
  purchase: 'Achat ou abonnement : la personne le fait elle-même, vous ne prenez pas la main.',
};

// When several kinds are named at once, the one most at risk of being given away is the one stated.
const SENSITIVE_ORDER: SensitiveKind[] = ['password', 'bank', 'payment', 'purchase'];

export function sensitiveReason(kinds: ReadonlySet<SensitiveKind>): string {
  const kind = SENSITIVE_ORDER.find((k) => kinds.has(k)) ?? 'password';
  return SENSITIVE[kind];
}

export function inScopeReason(item: string): string {
  return `Prévu au mandat : « ${item} ». Vous pouvez le faire en expliquant chaque action.`;
}

export const PROCEDURE_REASON = "Cela fait partie de la connexion Assistance rapide : ce code n'est pas confidentiel, vous pouvez continuer.";

export function excludedReason(exclusion: string): string {
  return `Exclu par le mandat (« ${exclusion} ») : ne le faites pas ; proposez une nouvelle intervention si besoin.`;
}

export const OUT_OF_SCOPE_REASON = "Hors mandat : proposez une nouvelle intervention, avec un mandat complété.";

export const UNCLEAR_REASON = 'Demande trop vague : demandez à la personne de préciser ce qu’elle souhaite.';
