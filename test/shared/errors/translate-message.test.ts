import { describe, expect, it } from 'vitest';
import { ENGLISH_MESSAGES } from '../../../shared/errors/english-messages';
import { createTranslator } from '../../../shared/errors/translate-message';
import { zodToAppError } from '../../../shared/ipc/zod-errors';
import { checkMandates } from '../../../shared/mandate/check';
import { describeMandateEvent } from '../../../shared/mandate/journal';
import { PersonCreate } from '../../../shared/persons/schema';
import { started } from '../session/driver';

const english = createTranslator(ENGLISH_MESSAGES);

describe('the English translation memory on real messages of the domain', () => {
  it('translates the field messages of a refused form, as the bridge carries them', () => {
    const parsed = PersonCreate.safeParse({ name: '   ', phone: 'abc#', notes: '' });
    expect(parsed.success).toBe(false);
    const error = zodToAppError(parsed.error!);
    expect(english(error.message)).toBe('The name is required.');
    expect(english(error.fields!.phone!)).toBe('The phone number may only hold digits, spaces and the signs + ( ) . -, nothing else.');
  });

  it('translates a refusal of the session rules', () => {
    const refusal = started().refuse({ type: 'back' });
    expect(english(refusal!)).toBe('You are already at the first step.');
  });

  it('fills a template and translates the French parts it was filled with', () => {
    expect(english('Tapez le nom de la personne.')).toBe('Type the name of the person.');
    expect(english('Mandat valide jusqu’au 12 mars 2027 inclus. Une action a été retirée du mandat.')).toBe(
      'Mandate valid until 12 mars 2027 included. One action was withdrawn from the mandate.',
    );
    expect(english('Mandat valide jusqu’au 12 mars 2027 inclus.')).toBe('Mandate valid until 12 mars 2027 included.');
  });

  it('translates a journal line but keeps the reason the helper typed', () => {
    const line = describeMandateEvent({ kind: 'revoked', payload: { reason: 'La personne a déménagé.' } } as never);
    expect(english(line)).toBe('Mandate revoked. Reason: La personne a déménagé.');
    const signed = describeMandateEvent({ kind: 'signed', payload: { method: 'paper' } } as never);
    expect(english(signed)).toBe('Mandate signed (on paper).');
  });

  it('translates the integrity report of the main process, with the broken line it names', () => {
    expect(english('Journal des séances : la ligne n° 3 (séance s-1, événement 2) a été modifiée ou une ligne manque avant elle.')).toBe(
      'Session log: line no. 3 (session s-1, event 2) was changed, or a line before it is missing.',
    );
    expect(english('Attention : un journal a été modifié en dehors de Binôme.')).toBe('Warning: a log was changed outside Binôme.');
  });

  it('leaves unknown text as it is', () => {
    expect(english('Bonjour Madame Martin')).toBe('Bonjour Madame Martin');
    expect(english('')).toBe('');
  });

  it('turns a mandate check into English', () => {
    const check = checkMandates([], '2026-03-14');
    expect(english(check.message)).toBe('No mandate for this person: have a mandate signed before the session.');
  });
});
