/**
 * The association's identity as the person's documents print it: who helps, who is responsible
 * for the data and how to reach them. It lives in the settings (Réglages); a mandate keeps a copy
 * of it from the day consent is given (schema.ts, `association`), hashed with the rest of its
 * content, so a later change of phone number never rewrites what was signed.
 */
/** Printed instead of a blank on the person's documents while the name or the phone is not set in Réglages. */
export const ASSOCIATION_TO_COMPLETE = 'Coordonnées de l’association à compléter dans Réglages';

export interface AssociationIdentity {
  name: string;
  address: string;
  phone: string;
  email: string;
  /** Who decides what is done with the data (« responsable du traitement »); empty: the association itself. */
  controller: string;
  /** Where to ask for access, correction or erasure; empty: the association's own phone and e-mail. */
  rightsContact: string;
}

export interface AssociationSettings {
  associationName: string;
  associationAddress: string;
  associationPhone: string;
  associationEmail: string;
  dataController: string;
  rightsContact: string;
}

export function associationFromSettings(s: AssociationSettings): AssociationIdentity {
  return {
    name: s.associationName.trim(),
    address: s.associationAddress.trim(),
    phone: s.associationPhone.trim(),
    email: s.associationEmail.trim(),
    controller: s.dataController.trim(),
    rightsContact: s.rightsContact.trim(),
  };
}

/**
 * What a mandate needs before it is signed: the name (who the person agrees with) and a phone
 * number (how the person withdraws, and whom to call about a suspicious caller). The rest falls
 * back to these: the controller is the association itself, the contact for rights its own
 * details. An address or an e-mail is welcome but not required: small associations may have
 * neither office nor shared mailbox, and a phone is enough to withdraw as easily as one agreed.
 */
export const REQUIRED_FOR_SIGNING = ['name', 'phone'] as const satisfies readonly (keyof AssociationIdentity)[];

export function missingForSigning(a: AssociationIdentity | null | undefined): (typeof REQUIRED_FOR_SIGNING)[number][] {
  return REQUIRED_FOR_SIGNING.filter((key) => !a?.[key]?.trim());
}

export const isComplete = (a: AssociationIdentity | null | undefined): a is AssociationIdentity => missingForSigning(a).length === 0;
