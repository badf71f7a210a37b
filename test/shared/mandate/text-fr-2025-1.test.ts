import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TextDocument } from '../../../shared/mandate/document';
import { Mandate } from '../../../shared/mandate/schema';
import { mandateText } from '../../../shared/mandate/text';

/**
 * Mandates signed in text version fr-2025-1 are reprinted with exactly the words they were signed
 * with. The expected documents were rendered by the code of that version before the next one was
 * written (test/fixtures/mandate-text/fr-2025-1.json): any change of a word here is a change of
 * what people signed, and fails.
 */
type Golden = Record<string, { mandate: unknown; doc: { title: string; sections: { id: string; title: string; blocks: unknown[] }[]; footer: string[] } }>;
const golden = JSON.parse(readFileSync(join(__dirname, '../../fixtures/mandate-text/fr-2025-1.json'), 'utf8')) as Golden;

/** Words only: list lines as their text, whatever their shape (strings then, objects now). */
function words(doc: { title: string; sections: { id: string; title: string; blocks: unknown[] }[]; footer: string[] }) {
  return {
    title: doc.title,
    sections: doc.sections.map((s) => ({
      id: s.id,
      title: s.title,
      blocks: s.blocks.map((b) => {
        const block = b as { kind: string; text?: string; items?: (string | { text: string })[]; slots?: unknown[] };
        if (block.kind === 'list') return { kind: 'list', items: block.items!.map((i) => (typeof i === 'string' ? i : i.text)) };
        return block;
      }),
    })),
    footer: doc.footer,
  };
}

describe('text version fr-2025-1 is frozen', () => {
  it.each(Object.keys(golden))('reprints the %s mandate word for word', (name) => {
    const { mandate, doc } = golden[name]!;
    const stored = Mandate.parse(mandate);
    expect(stored.textVersion).toBe('fr-2025-1');
    expect(words(mandateText(stored) as TextDocument)).toEqual(words(doc));
  });

  it('covers each consent, a draft, an amendment, no exclusion and another tool', () => {
    expect(Object.keys(golden).sort()).toEqual(['amended', 'draft', 'drawn', 'oral', 'typed']);
  });
});
