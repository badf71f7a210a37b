import type { CategoryId } from '../procedures/index';
import type { Analysis } from './analyze';

/** A scope item compiled once (judge.ts), with what one request's words need of it. */

/** How an item covers one thing a request names: a weight, needs no cover, an alternative, or not. */
export type ThingCover = number | 'free' | 'alternative' | null;
/** Covered only beside the thing that sets a broad one (see things.ts). */
export const BESIDE = 0.5;
export type ActionCover = 'ok' | 'blocked' | 'no';

/** One clause of an item: the things it names, and the item narrowed to the clause's acts. */
export interface Clause {
  things: ReadonlySet<string>;
  acts: CompiledItem;
}

export interface CompiledItem {
  text: string;
  analysis: Analysis;
  /** A bare category of procedures (« Social - Santé »). */
  category: CategoryId | null;
  things: ReadonlySet<string>;
  actions: ReadonlySet<string>;
  procedures: ReadonlySet<string>;
  keys: ReadonlySet<string>;
  /** Names a procedure or a thing that is neither vague nor implied. */
  anchored: boolean;
  /**
   * Opens on a verb the vocabulary does not know (« Bloquer les courriels… », « Épingler… »): it
   * does one act, unknown, not any act (an item with no verb, « son compte Ameli », covers any).
   */
  unknownAct: boolean;
  /**
   * Broad things it names only as the setting of a narrower one (« la page d'accueil du
   * navigateur » is about the home page, not the whole browser): they cover only their kinds
   * and brands (any browser), not their other parts (the bookmarks).
   */
  qualified: ReadonlySet<string>;
  /** Vague things owned by a place it names (« l'application de la mairie »): only that one. */
  owned: ReadonlySet<string>;
  /** The organisations' sites it names (things marked `site`). */
  sites: readonly string[];
  /** Creates an account on the sites it names, and names no procedure (« Créer le compte ÉduConnect »). */
  opensAccount: boolean;
  /** Procedures done on the sites it names, when it names no procedure of its own. */
  siteProcedures: ReadonlySet<string> | null;
  /**
   * Its clauses (« Désinstaller Avast | et activer Defender »): each act with the things it is
   * done to. A verb with no object of its own shares the next clause's (« Télécharger et imprimer
   * l'attestation »). Empty when the item has a single clause.
   */
  clauses: readonly Clause[];
  /** Answers already worked out for this item (a request is re-judged at each keystroke). */
  memo: { things: Map<string, ThingCover>; indefinite: Map<string, ThingCover>; actions: Map<string, ActionCover> };
}
