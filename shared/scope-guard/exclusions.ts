import type { Analysis } from './analyze';
import type { Lexicon, SensitiveKind } from './lexicon';
import { fold } from './normalize';

/**
 * An exclusion of the mandate (« Ne pas supprimer de photos ») applies when the request does
 * its action AND names its object: « trier les photos » is not excluded, nor is « créer une
 * adresse e-mail » by « Ne pas lire les courriels personnels ». An exclusion with an action
 * and no object (« Ne rien installer ») applies to that action on anything. One about a
 * secret, the bank or money is enforced by the sensitive verdict, which comes first.
 */

export interface CompiledExclusion {
  text: string;
  /** What it leaves out (« … d'autre que l'imprimante »): a request naming one is not excluded. */
  except: ReadonlySet<string>;
  actions: ReadonlySet<string>;
  /** The thing it is about: the first it names (« le mot de passe de la box » is about the password). */
  object: string | null;
  /**
   * What narrows a vague object (« le certificat médical », « les documents médicaux »): the
   * request must name one of them too, or any document would be excluded.
   */
  qualifiers: readonly string[];
  procedures: readonly string[];
  sensitive: ReadonlySet<SensitiveKind>;
  /**
   * Says « d'autre… » (« Ne pas installer d'autre logiciel »): it leaves out what the mandate's
   * items cover, so it applies only to a request no item covers.
   */
  other: boolean;
}

export function compileExclusion(text: string, analysis: Analysis, lexicon: Lexicon): CompiledExclusion {
  const excepted = new Set<string>();
  const named = new Set<string>();
  analysis.refs.forEach((list, at) => {
    for (const ref of list) if (ref.type === 'thing') (analysis.tokens[at]!.role === 'except' ? excepted : named).add(ref.id);
  });
  const object = analysis.things.find((t) => !lexicon.things.get(t)!.implicit && named.has(t)) ?? null;
  const qualifiers = object && lexicon.things.get(object)!.vague ? analysis.things.filter((t) => t !== object && named.has(t) && !lexicon.things.get(t)!.implicit && !lexicon.things.get(object)!.ancestors.has(t)) : [];
  const actions = new Set([...analysis.actions].filter((a) => !lexicon.actions.get(a)!.sensitive));
  const other = /\b(d |l )?autres?\b(?! que| qu )/.test(fold(text).replace(/[^a-z0-9]+/g, ' '));
  return { text, except: excepted, actions, object, qualifiers, procedures: analysis.procedures.best, sensitive: new Set(analysis.sensitive.keys()), other };
}

/** Token positions of the request that the exclusion names, or null when it does not apply. */
export function excludes(exclusion: CompiledExclusion, request: Analysis, lexicon: Lexicon): number[] | null {
  if (exclusion.sensitive.size > 0) return null;
  if (exclusion.actions.size === 0 && !exclusion.object && exclusion.procedures.length === 0) return null;
  if (request.things.some((t) => exclusion.except.has(t) || [...exclusion.except].some((e) => lexicon.things.get(t)!.ancestors.has(e)))) return null;
  const at: number[] = [];
  const mark = (ok: (refId: string, type: 'action' | 'thing') => boolean) => {
    let found = false;
    request.refs.forEach((list, i) => {
      // What only sets the scene (« … pour que moi je puisse postuler après ») is not what is asked.
      const token = request.tokens[i]!;
      if (token.role === 'scene') return;
      // Nor what others do (« c'est le docteur qui le remplit »).
      const told = token.told || token.role === 'relative';
      for (const ref of list) {
        if (told && ref.type === 'action') continue;
        if ((ref.type === 'action' || ref.type === 'thing') && ok(ref.id, ref.type)) {
          at.push(i);
          found = true;
        }
      }
    });
    return found;
  };
  if (exclusion.actions.size > 0) {
    const parentOf = (id: string) => lexicon.actions.get(id)?.parent;
    const ok = mark((id, type) => type === 'action' && (exclusion.actions.has(id) || exclusion.actions.has(parentOf(id) ?? '')));
    if (!ok) return null;
  }
  const object = exclusion.object;
  if (object) {
    const of = (target: string) => (id: string, type: 'action' | 'thing') => type === 'thing' && (id === target || lexicon.things.get(id)!.ancestors.has(target));
    const ok = mark(of(object)) && (exclusion.qualifiers.length === 0 || exclusion.qualifiers.some((q) => mark(of(q))));
    const viaProcedure = exclusion.procedures.some((p) => request.procedures.best.includes(p));
    if (!ok && !viaProcedure) return null;
  } else if (exclusion.procedures.length > 0 && !exclusion.procedures.some((p) => request.procedures.best.includes(p))) {
    return null;
  }
  return [...new Set(at)].sort((a, b) => a - b);
}
