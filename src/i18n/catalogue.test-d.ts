// A partner's own language is a `Catalogue` typed against the English one: a missing or misspelt
// key is a type error, found by the compiler before any user sees an English fallback.
import { describe, expectTypeOf, it } from 'vitest';
import type { Catalogue, MessageKey, Messages } from '../index.js';
import { es } from '../locales/es.js';

describe('given a partner writing a catalogue of their own', () => {
  it('when every key is there, it is a Catalogue', () => {
    const messages: Messages = { ...es.messages, 'form.submit': 'Ajouter l’enfant' };
    const fr: Catalogue = { locale: 'fr', messages };
    expectTypeOf(fr.messages).toEqualTypeOf<Messages>();
    expectTypeOf<keyof Messages>().toEqualTypeOf<MessageKey>();
  });

  it('when a key is missing, it is a type error naming the key', () => {
    const { 'form.submit': _submit, ...withoutSubmit } = es.messages;
    // @ts-expect-error Property 'form.submit' is missing
    const messages: Messages = withoutSubmit;
    // @ts-expect-error Property 'form.submit' is missing
    const fr: Catalogue = { locale: 'fr', messages: withoutSubmit };
    expectTypeOf([messages, fr]).not.toBeNever();
  });

  it('when a key is misspelt, it is a type error', () => {
    // @ts-expect-error 'form.sumbit' does not exist in type Messages
    const messages: Messages = { ...es.messages, 'form.sumbit': 'Ajouter' };
    expectTypeOf(messages).toEqualTypeOf<Messages>();
  });

  it('when a message is not a string, it is a type error', () => {
    // @ts-expect-error a message is a string
    const messages: Messages = { ...es.messages, 'form.submit': 42 };
    expectTypeOf(messages).toEqualTypeOf<Messages>();
  });
});
