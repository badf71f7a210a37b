import { formatFrenchDate, type IsoDate } from './dates';
import type { ListItem, TextBlock, TextDocument, TextSection } from './document';
import type { Mandate } from './schema';
import type { MandateTextSource } from './text-source';
import { mandateTextFr2025 } from './text-fr-2025-1';
import { mandateTextFr2026 } from './text-fr-2026-1';
import { scopeLines, wholeWithdrawal } from './withdrawals';

/**
 * The version of the words new mandates are written with. It is stored in each mandate and
 * hashed into its attestation; each version's words are frozen in their own file, and a mandate
 * is always printed with the words of its own version. To change a clause: add a new version
 * file and point TEXT_VERSION at it (a draft moves to it at its next read; a mandate on which
 * consent was recorded never does).
 */
export const TEXT_VERSION = 'fr-2026-1';

const TEMPLATES: Record<string, (m: MandateTextSource) => TextDocument> = {
  'fr-2025-1': mandateTextFr2025,
  'fr-2026-1': mandateTextFr2026,
};

export const TEXT_VERSIONS = Object.keys(TEMPLATES);

export type { MandateTextSource };

export interface MandateTextOptions {
  /**
   * Today in Paris: the withdrawals recorded since the signature are marked on the actions
   * (struck once begun, announced before). Without it, the text is the one signed, unmarked.
   */
  today?: IsoDate;
}

/**
 * The mandate as the person reads it, on screen, printed and in the PDF alike: the words of its
 * own text version, then the withdrawals marked on the actions they took away. Withdrawals are
 * not part of the signed words (nor of the attestation); they are shown on top of them.
 */
export function mandateText(m: MandateTextSource & Partial<Pick<Mandate, 'revocations'>>, options: MandateTextOptions = {}): TextDocument {
  const template = TEMPLATES[m.textVersion];
  // A version this build does not know would print other words than those signed: refuse.
  if (!template) throw new RangeError(`Unknown mandate text version: ${m.textVersion}`);
  const doc = template(m);
  return options.today && m.revocations?.length ? markWithdrawn(doc, { scopeItems: m.scopeItems, revocations: m.revocations }, options.today) : doc;
}

function markWithdrawn(doc: TextDocument, m: Pick<Mandate, 'scopeItems' | 'revocations'>, today: IsoDate): TextDocument {
  const lines = new Map(scopeLines(m, today).map((line) => [line.id, line]));
  const whole = wholeWithdrawal(m);
  const mark = (item: ListItem): ListItem => {
    const w = item.id ? lines.get(item.id)?.withdrawal : null;
    if (!w) return item;
    return { ...item, withdrawn: { struck: w.begun, note: w.begun ? `retiré le ${formatFrenchDate(w.date)}` : `retrait prévu le ${formatFrenchDate(w.date)}` } };
  };
  const sections: TextSection[] = doc.sections.map((section) => {
    if (section.id !== 'scope') return section;
    const blocks: TextBlock[] = section.blocks.map((b) => (b.kind === 'list' ? { ...b, items: b.items.map(mark) } : b));
    if (whole) blocks.unshift({ kind: 'paragraph', text: whole <= today ? `Tout ce mandat a été retiré le ${formatFrenchDate(whole)}.` : `Tout ce mandat sera retiré le ${formatFrenchDate(whole)}.` });
    return { ...section, blocks };
  });
  return { ...doc, sections };
}
