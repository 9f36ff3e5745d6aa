import { describe, expect, it, vi } from 'vitest';
import { messages as en } from './en/index.js';
import { messages as es } from './es/index.js';
import { messages as ptBR } from './pt-BR/index.js';

vi.mock('react', () => ({}));

/*
 * docs/glossary.md, checked where a machine can: for each language, the words the glossary turned
 * down (synonyms of a chosen term, the other register) appear in no message. A failure names the key.
 */

/** Which messages a rule reads. The Conomy picker's "child" is an identity linked under another. */
type Scope = 'all' | 'account' | 'link' | readonly string[];

interface Rule {
  /** The glossary's concept and the term it chose, for the failure message. */
  concept: string;
  /** A word or phrase the glossary turned down (matched as whole words, case-insensitive). */
  avoid: string;
  scope?: Scope;
  /** Match case-sensitively (sentence-initial imperatives). */
  caseSensitive?: boolean;
}

const LINK_KEYS = ['fieldError.self-link', 'fieldError.invalid-id'];

function isLinkKey(key: string): boolean {
  return (
    key.startsWith('picker.') ||
    key.startsWith('dialog.link.') ||
    key.startsWith('familyPanel.linked.') ||
    key.startsWith('familyPanel.unlink.') ||
    LINK_KEYS.includes(key)
  );
}

function inScope(key: string, scope: Scope = 'all'): boolean {
  if (scope === 'all') return true;
  if (scope === 'link') return isLinkKey(key);
  if (scope === 'account') return !isLinkKey(key);
  return scope.includes(key);
}

const RULES: Record<string, { messages: Record<string, string>; rules: Rule[] }> = {
  en: {
    messages: en,
    rules: [
      { concept: 'parent: "the parent" (a known person, not "a parent")', avoid: 'a parent|guardians?' },
      { concept: 'child: "child"', avoid: 'kids?|minors?|sons?|daughters?', scope: 'account' },
      { concept: 'consent: "give consent"', avoid: 'approves?|approval', scope: 'account' },
      { concept: 'try again: "try again"', avoid: 'retry' },
      { concept: 'resend: "resend"', avoid: 'sen[dt](?: \\p{L}+)? again' },
      { concept: 'organization: "organization"', avoid: 'organisations?' },
      {
        concept: 'timeout: "did not answer in time" (the connection was not lost)',
        avoid: 'lost the connection|connection (?:was )?lost',
        scope: ['error.timeout', 'error.may-have-succeeded'],
      },
    ],
  },
  es: {
    messages: es,
    rules: [
      {
        concept: 'register: usted',
        avoid:
          'tienes|tu|tus|estás|podrás|puedes|quieres|vuelve a intentarlo|selecciónalo|cópialo|compruébalo|envíala|reenvíala',
      },
      {
        concept: 'register: usted (imperative)',
        avoid: '(?<=^|[.:!?] )(?:Usa|Busca|Vuelve|Revisa|Escribe|Elige|Espera|Prueba|Crea|Envía|Reenvía)',
        caseSensitive: true,
      },
      { concept: 'add: "agregar"', avoid: 'añad\\p{L}*' },
      { concept: 'child (account): "menor"', avoid: 'hij[oa]s?', scope: 'account' },
      { concept: 'child (linked identity): "hijo"', avoid: 'menor(?:es)?', scope: 'link' },
      {
        concept: 'parent: "el padre o la madre"',
        avoid: 'tutor(?:a|es)?|responsables?|progenitor(?:a|es)?|un padre o una madre',
      },
      { concept: 'email: "correo"', avoid: 'e-?mail' },
      { concept: 'link: "vincular"', avoid: 'enlaz\\p{L}*|asoci\\p{L}*' },
      { concept: 'consent: "consentimiento"', avoid: 'autorizaci(?:ón|ones)' },
      { concept: 'try again: "volver a intentar"', avoid: 'reintent\\p{L}*' },
      { concept: 'expired: "vencer"', avoid: 'caduc\\p{L}*' },
      { concept: 'resend: "reenviar"', avoid: 'volv\\p{L}* a enviar|envi\\p{L}* de nuevo' },
    ],
  },
  'pt-BR': {
    messages: ptBR,
    rules: [
      { concept: 'register: você', avoid: 'tu|teu|tua|teus|tuas|tens|podes|o senhor|a senhora' },
      { concept: 'parent: "o responsável"', avoid: 'pai|mãe|pais|tutor(?:es)?' },
      { concept: 'child (account): "criança"', avoid: 'filh[oa]s?', scope: 'account' },
      { concept: 'child (linked identity): "filho"', avoid: 'crianças?', scope: 'link' },
      { concept: 'link: "vincular"', avoid: 'associ\\p{L}*' },
      { concept: 'consent: "consentimento"', avoid: 'autoriza(?:ção|ções)' },
      { concept: 'search: "buscar"', avoid: 'pesquis\\p{L}*' },
      { concept: 'email: "e-mail"', avoid: '(?<!-)email' },
      { concept: 'try again: "tentar novamente"', avoid: 'tent\\p{L}+ de novo' },
      { concept: 'resend: "reenviar"', avoid: 'envi\\p{L}*(?:-[oa])? novamente' },
    ],
  },
};

/** A message without its `{name}` placeholders (their names are code, not words). */
function words(message: string): string {
  return message.replace(/\{\w+\}/g, '');
}

function violations(messages: Record<string, string>, rules: Rule[]): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    const pattern = new RegExp(`(?<![\\p{L}])(?:${rule.avoid})(?![\\p{L}])`, rule.caseSensitive ? 'u' : 'iu');
    for (const [key, message] of Object.entries(messages)) {
      if (!inScope(key, rule.scope)) continue;
      const match = pattern.exec(words(message));
      if (match) found.push(`${key}: "${match[0]}" (${rule.concept})`);
    }
  }
  return found;
}

describe('the catalogues follow docs/glossary.md', () => {
  describe.each(Object.entries(RULES))('in %s', (_locale, { messages, rules }) => {
    it('no message uses a word the glossary turned down', () => {
      expect(violations(messages, rules)).toEqual([]);
    });

    it('every identity status has its own "is now …" sentence naming the parent', () => {
      const statuses = Object.keys(messages)
        .filter((key) => key.startsWith('status.') && key !== 'status.unknown')
        .map((key) => key.slice('status.'.length));
      const problems = statuses.flatMap((status) => {
        const sentence = messages[`picker.successStatus.${status}`];
        if (sentence === undefined) return [`picker.successStatus.${status}: missing`];
        if (!sentence.includes('{parent}')) return [`picker.successStatus.${status}: no {parent}`];
        return [];
      });
      expect(problems).toEqual([]);
    });
  });

  describe('the rules themselves', () => {
    it.each([
      ['es', { 'form.submit': 'Añadir menor' }, 'form.submit: "Añadir"'],
      ['es', { 'dialog.account.description': 'Crea una cuenta para tu hijo.' }, 'dialog.account.description'],
      ['en', { 'dialog.account.description': 'We will ask a parent for consent.' }, 'a parent'],
      ['en', { 'error.may-have-succeeded': 'We lost the connection before the answer came.' }, 'lost'],
      ['pt-BR', { 'error.offline': 'Você poderá tentar de novo.' }, 'tentar de novo'],
    ])('in %s, %j is caught', (locale, messages, expected) => {
      const rules = RULES[locale]?.rules ?? [];
      expect(violations(messages, rules).join('\n')).toContain(expected);
    });

    it.each([
      ['es', { 'error.email-in-use': 'Este correo ya lo usa otra cuenta. Use otro correo.' }],
      ['es', { 'picker.submit': 'Vincular {count, plural, one {# hijo} other {# hijos}}' }],
      ['pt-BR', { 'consent.email.to': 'O responsável receberá um e-mail em {email}.' }],
      ['en', { 'form.addForAnotherParent': 'Add a child for another parent' }],
    ])('in %s, %j passes', (locale, messages) => {
      expect(violations(messages, RULES[locale]?.rules ?? [])).toEqual([]);
    });
  });
});
