import { describe, expect, it } from 'vitest';
import { nameKey, sameName } from '../../../shared/mandate/typed-name';

describe('a typed signature names its signer', () => {
  it.each([
    ['helene martin', 'Hélène Martin'],
    ['HÉLÈNE MARTIN', 'Hélène Martin'],
    ['  Hélène   Martin ', 'Hélène Martin'],
    ['Helene Martin', 'He\u0301le\u0300ne Martin'],
    ['jean pierre l’hermite', 'Jean-Pierre L’Hermite'],
    ["Jean-Pierre L'Hermite", 'Jean-Pierre L’Hermite'],
  ])('« %s » is « %s »', (typed, expected) => expect(sameName(typed, expected)).toBe(true));

  it.each([
    ['Hélène', 'Hélène Martin'],
    ['Martin Hélène', 'Hélène Martin'],
    ['Hélène Martine', 'Hélène Martin'],
    ['', 'Hélène Martin'],
    ['   ', 'Hélène Martin'],
    ['Camille Aidante', 'Hélène Martin'],
  ])('« %s » is not « %s »', (typed, expected) => expect(sameName(typed, expected)).toBe(false));

  it('folds to one key', () => {
    expect(nameKey(' Élise  D’Arc-Dupont ')).toBe('elise d arc dupont');
  });
});
