import { useTranslation } from 'react-i18next';
import type { ListItem, SignatureSlot, TextBlock, TextDocument } from '../../../shared/mandate/document';

/**
 * Renders the structured French text from shared/mandate (the legal wording lives there);
 * the same markup serves the screen and the printed A4 page (see the print rules in styles.css).
 */
export function TextDocumentView({ doc, headingLevel = 1 }: { doc: TextDocument; headingLevel?: 1 | 2 }) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <div className="text-doc">
      <Title>{doc.title}</Title>
      {doc.sections.map((s) => (
        <section key={s.id} className={`doc-section doc-${s.id}`}>
          <Section>{s.title}</Section>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </section>
      ))}
      <footer className="doc-footer">
        {doc.footer.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
    </div>
  );
}

function Block({ block }: { block: TextBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={item.id ?? i} className={item.withdrawn?.struck ? 'withdrawn' : undefined}>
              <ListItemText item={item} />
            </li>
          ))}
        </ul>
      );
    case 'signatures':
      return (
        <div className="signature-row">
          {block.slots.map((slot) => (
            <Signature key={slot.role} slot={slot} />
          ))}
        </div>
      );
  }
}

/**
 * A withdrawn action stays in the list, struck (<del>), with its note written out beside it: the
 * strike alone is lost on a screen reader and on a faint photocopy.
 */
export function ListItemText({ item }: { item: ListItem }) {
  if (!item.withdrawn) return <>{item.text}</>;
  return item.withdrawn.struck ? (
    <>
      <del>{item.text}</del> <span className="withdrawn-note">({item.withdrawn.note})</span>
    </>
  ) : (
    <>
      {item.text} <span className="withdrawn-note">({item.withdrawn.note})</span>
    </>
  );
}

function Signature({ slot }: { slot: SignatureSlot }) {
  const { t } = useTranslation();
  return (
    <figure className="signature-slot">
      <figcaption>
        {slot.label} : <strong>{slot.name}</strong>
      </figcaption>
      {slot.image ? (
        <img src={slot.image} alt={t('mandates.doc.signatureOf', { name: slot.name })} className="signature-image" />
      ) : slot.typedName ? (
        <p className="typed-signature">{t('mandates.doc.typedSignature', { name: slot.typedName })}</p>
      ) : (
        <div className="signature-blank" aria-label={t('mandates.doc.signHere')} role="img" />
      )}
    </figure>
  );
}
