import { describe, expect, it, vi } from 'vitest';
import { messages as ar } from './ar/index.js';
import { messages as de } from './de/index.js';
import { messages as en } from './en/index.js';
import { messages as es } from './es/index.js';
import { messages as fr } from './fr/index.js';
import { messages as he } from './he/index.js';
import { messages as itMessages } from './it/index.js';
import { messages as ja } from './ja/index.js';
import { messages as nl } from './nl/index.js';
import { messages as pl } from './pl/index.js';
import { messages as ptBR } from './pt-BR/index.js';
import { messages as zhCN } from './zh-CN/index.js';

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
  /** Match anywhere, not as a whole word (Japanese and Chinese do not separate words). */
  anywhere?: boolean;
}

const LINK_KEYS = ['fieldError.self-link', 'fieldError.invalid-id'];

/** Keys whose English text is a sentence (ends with a full stop); the others are labels (buttons, links, fields). */
const SENTENCE_KEYS: readonly string[] = Object.entries(en)
  .filter(([, message]) => message.endsWith('.'))
  .map(([key]) => key);

/** A term the glossary chose, and the messages that must use it (the ones that name the concept). */
interface Use {
  concept: string;
  /** The chosen term (a regular expression, matched case-insensitively). */
  term: string;
  keys: readonly string[];
}

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

const RULES: Record<string, { messages: Record<string, string>; rules: Rule[]; uses?: Use[] }> = {
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
  fr: {
    messages: fr,
    rules: [
      { concept: 'register: vous', avoid: 'tu|te|toi|ton|ta|tes|t’|peux|veux|dois' },
      {
        concept: 'register: vous (imperative)',
        avoid:
          '(?<=^|[.:!?]\\s)(?:Réessaie|Essaie|Saisis|Utilise|Vérifie|Choisis|Patiente|Sélectionne|Copie|Renvoie|Crée|Ouvre)',
        caseSensitive: true,
      },
      { concept: 'parent: "le parent"', avoid: 'un parent|tut(?:eur|rice)s?|responsables? légal\\p{L}*' },
      { concept: 'child: "enfant"', avoid: 'mineur\\p{L}*|fils|filles?|gamin\\p{L}*' },
      { concept: 'link: "associer"', avoid: 'li(?:er|é|ée|és|ées)|reli\\p{L}*|rattach\\p{L}*' },
      {
        concept: 'consent: "consentement"',
        avoid: 'autorisations?|approbations?|approuv\\p{L}*|accord',
        scope: 'account',
      },
      { concept: 'email: "e-mail"', avoid: 'courriels?|(?<!-)e?mails?' },
      {
        concept: 'resend: "renvoyer"',
        avoid: 'envoy\\p{L}* (?:à|de) nouveau|réexpédi\\p{L}*|réenvoy\\p{L}*',
      },
      { concept: 'try again: "réessayer"', avoid: 'recommence\\p{L}*|essay\\p{L}* (?:à|de) nouveau' },
      { concept: 'expired: "expiré"', avoid: 'périm\\p{L}*' },
      { concept: 'search: "rechercher"', avoid: 'cherch\\p{L}*' },
    ],
    uses: [
      {
        concept: 'consent',
        term: 'consentement',
        keys: ['consent.heading', 'consent.email', 'consent.qr', 'consentStatus.pending'],
      },
      {
        concept: 'the parent',
        term: '(?:le|du|au) parent',
        keys: ['consent.heading', 'consent.email', 'consent.resend', 'form.parentEmail'],
      },
      {
        concept: 'link',
        term: 'associ\\p{L}*',
        keys: ['dialog.link.trigger', 'picker.submitEmpty', 'picker.linked'],
      },
    ],
  },
  de: {
    messages: de,
    rules: [
      { concept: 'register: Sie', avoid: 'du|dich|dir|dein\\p{L}*|kannst|musst|bist|hast|willst' },
      {
        concept: 'register: Sie (imperative)',
        avoid: '(?<=^|[.:!?]\\s)(?:Versuche|Gib|Verwende|Prüfe|Wähle|Warte|Markiere|Sende|Melde|Erstelle)',
        caseSensitive: true,
      },
      {
        concept: 'parent: "der Elternteil"',
        avoid: 'ein(?:es|em|en)? Elternteils?|Erziehungsberechtigte\\p{L}*|Vormund\\p{L}*|Eltern',
      },
      { concept: 'child: "Kind"', avoid: 'Minderjährige\\p{L}*|Sohn|Söhne|Tochter|Töchter' },
      {
        concept: 'link: "verknüpfen"',
        avoid: 'verbind\\p{L}*|verbunden|zuordn\\p{L}*|zugeordnet|verlink\\p{L}*',
        scope: 'link',
      },
      {
        concept: 'consent: "Einwilligung", "erteilen"',
        avoid: 'Zustimmung|zustimm\\p{L}*|Genehmigung|genehmig\\p{L}*|Freigabe|Einverständnis',
        scope: 'account',
      },
      { concept: 'create: "erstellen"', avoid: 'anleg\\p{L}*|angelegt' },
      { concept: 'account: "Konto"', avoid: 'Accounts?' },
      { concept: 'email: "E-Mail"', avoid: '(?<!-)Mail\\p{L}*|Email\\p{L}*' },
      {
        concept: 'resend / try again: "erneut"',
        avoid: 'nochmals|noch ?mal|wieder senden|neu senden|wiederholen',
      },
      { concept: 'expired: "abgelaufen"', avoid: 'verfallen' },
    ],
    uses: [
      {
        concept: 'consent',
        term: 'Einwilligung\\p{L}*',
        keys: ['consent.heading', 'consent.email', 'consent.qr', 'consentStatus.pending'],
      },
      {
        concept: 'the parent',
        term: 'Elternteils?',
        keys: ['consent.heading', 'consent.email', 'consent.resend', 'form.parentEmail'],
      },
      {
        concept: 'link',
        term: 'verknüpf\\p{L}*',
        keys: ['dialog.link.trigger', 'picker.submitEmpty', 'picker.linked'],
      },
    ],
  },
  it: {
    messages: itMessages,
    rules: [
      {
        concept: 'register: impersonal (never tu, never Lei)',
        avoid: 'tu|ti|te|tuo|tua|tuoi|tue|hai|puoi|sei|vuoi|devi|Lei|Suo|Sua|Suoi',
      },
      {
        concept: 'register: impersonal infinitive ("Riprovare", not "Riprova"/"Riprovi")',
        avoid:
          '(?<=^|[.:!?]\\s)(?:Riprov[ai]|Prov[ai]|Inserisci|Inserisca|Us[ai]|Scegli|Scelga|Controll[ai]|Attend[ia]|Apr[ia]|Chiud[ia]|Aggiung[ia]|Colleg(?:a|hi)|Cerc(?:a|hi)|Selezion[ai]|Reinvi(?:a|i))',
      },
      { concept: 'parent: "il genitore"', avoid: 'un genitore|tutor[ei]?|tutrice|responsabil[ei]' },
      {
        concept: 'child (account): "minore"',
        avoid: 'bambin[oiae]|figli[oae]?|ragazz[oiae]',
        scope: 'account',
      },
      { concept: 'child (linked identity): "figlio"', avoid: 'minor[ei]', scope: 'link' },
      { concept: 'link: "collegare"', avoid: 'associ\\p{L}*|vincol\\p{L}*|abbin\\p{L}*' },
      {
        concept: 'consent: "consenso"',
        avoid: 'autorizzazion[ei]|approvazion[ei]|approva\\p{L}*',
        scope: 'account',
      },
      { concept: 'email: "email"', avoid: 'e-mail|posta elettronica' },
      { concept: 'resend: "reinviare"', avoid: 'invia\\p{L}* di nuovo|rimand\\p{L}*|reinoltr\\p{L}*' },
      { concept: 'try again: "riprovare"', avoid: 'prov\\p{L}* (?:di nuovo|ancora)' },
      { concept: 'expired: "scaduto"', avoid: 'espirat\\p{L}*' },
    ],
    uses: [
      {
        concept: 'consent',
        term: 'consenso',
        keys: ['consent.heading', 'consent.email', 'consent.qr', 'consentStatus.pending'],
      },
      {
        concept: 'the parent',
        term: '(?:il|del|al) genitore',
        keys: ['consent.heading', 'consent.email', 'consent.resend', 'form.parentEmail'],
      },
      {
        concept: 'link',
        term: 'colleg\\p{L}*',
        keys: ['dialog.link.trigger', 'picker.submitEmpty', 'picker.linked'],
      },
    ],
  },
  nl: {
    messages: nl,
    rules: [
      { concept: 'register: u', avoid: 'je|jij|jou|jouw|jullie|jezelf|kun' },
      { concept: 'parent: "de ouder"', avoid: 'een ouder|voogd\\p{L}*|verzorger\\p{L}*' },
      { concept: 'child: "kind"', avoid: 'minderjarige\\p{L}*|zoons?|dochters?' },
      { concept: 'link: "koppelen"', avoid: 'verbind\\p{L}*|verbonden|link(?:en|t)|gelinkt', scope: 'link' },
      {
        concept: 'consent: "toestemming"',
        avoid: 'goedkeuring\\p{L}*|goedgekeurd|instemming|akkoord',
        scope: 'account',
      },
      { concept: 'email: "e-mail"', avoid: '(?<!-)e?mail\\p{L}*' },
      { concept: 'resend / try again: "opnieuw"', avoid: 'nogmaals|nog eens|opnieuw (?:ver)?stu\\p{L}*' },
    ],
    uses: [
      {
        concept: 'consent',
        term: 'toestemming\\p{L}*',
        keys: ['consent.heading', 'consent.email', 'consent.qr', 'consentStatus.pending'],
      },
      {
        concept: 'the parent',
        term: 'de ouder',
        keys: ['consent.heading', 'consent.email', 'consent.resend', 'form.parentEmail'],
      },
      {
        concept: 'link',
        term: '(?:ge)?koppel\\p{L}*',
        keys: ['dialog.link.trigger', 'picker.submitEmpty', 'picker.linked'],
      },
    ],
  },
  pl: {
    messages: pl,
    rules: [
      {
        concept: 'register: no "ty", no "Pan/Pani"',
        avoid:
          'ty|ciebie|cię|tobie|twój|twoj\\p{L}*|możesz|masz|jesteś|musisz|chcesz|pan|pani|panu|państw\\p{L}*',
      },
      {
        concept: 'register: imperative only in labels; sentences are impersonal ("Prosimy spróbować…")',
        avoid: 'spróbuj|wpisz|podaj|użyj|sprawdź|poczekaj|zaczekaj|zaznacz|skopiuj|utwórz|wybierz|wyślij',
        scope: SENTENCE_KEYS,
      },
      { concept: 'parent: "rodzic"', avoid: 'opiekun\\p{L}*|matk\\p{L}*|ojc\\p{L}*|ojciec|rodzice|rodziców' },
      { concept: 'child: "dziecko"', avoid: 'małolet\\p{L}*|nielet\\p{L}*|syn(?:a|owie|ów)?|córk\\p{L}*' },
      { concept: 'link: "powiązać"', avoid: 'połącz\\p{L}*|podłącz\\p{L}*|przypis\\p{L}*', scope: 'link' },
      {
        concept: 'consent: "zgoda", "wyrazić zgodę"',
        avoid: 'autoryzac\\p{L}*|akceptac\\p{L}*|pozwoleni\\p{L}*|zatwierdz\\p{L}*',
        scope: 'account',
      },
      { concept: 'email: "e-mail"', avoid: '(?<!-)e?mail\\p{L}*|mejl\\p{L}*' },
      { concept: 'resend / try again: "ponownie"', avoid: 'jeszcze raz|znowu' },
      { concept: 'expired: "wygasnąć"', avoid: 'przeterminowan\\p{L}*' },
    ],
    uses: [
      {
        concept: 'consent',
        term: 'zgod\\p{L}*',
        keys: ['consent.heading', 'consent.email', 'consent.qr', 'consentStatus.pending'],
      },
      {
        concept: 'the parent',
        term: 'rodzic\\p{L}*',
        keys: ['consent.heading', 'consent.email', 'consent.resend', 'form.parentEmail'],
      },
      {
        concept: 'link',
        term: 'powiąz\\p{L}*|powiąż',
        keys: ['dialog.link.trigger', 'picker.submitEmpty', 'picker.linked'],
      },
    ],
  },
  ja: {
    messages: ja,
    rules: [
      { concept: 'parent: "保護者"', avoid: '父母|親(?!アイデンティティ)', scope: 'account', anywhere: true },
      { concept: 'child (account): "お子さま"', avoid: '子ども|子供|未成年', anywhere: true },
      { concept: 'link (identities): "紐付け"', avoid: 'リンク', scope: 'link', anywhere: true },
      { concept: 'consent: "同意"', avoid: '承認', anywhere: true },
      { concept: 'try again: "もう一度お試しください"', avoid: '再試行', anywhere: true },
      { concept: 'register: です・ます', avoid: '(?:してくれ|しなさい|できない。|ない。)', anywhere: true },
    ],
  },
  'zh-CN': {
    messages: zhCN,
    rules: [
      { concept: 'register: 您', avoid: '你', anywhere: true },
      { concept: 'parent: "家长"', avoid: '父母|监护人', anywhere: true },
      { concept: 'child (account): "孩子"', avoid: '儿童|未成年人', scope: 'account', anywhere: true },
      { concept: 'link (identities): "关联"', avoid: '链接', scope: 'link', anywhere: true },
      { concept: 'consent: "同意"', avoid: '批准|授权', anywhere: true },
      { concept: 'account: "账户"', avoid: '帐户|账号', anywhere: true },
      { concept: 'search: "搜索"', avoid: '查找', anywhere: true },
    ],
  },
  ar: {
    messages: ar,
    rules: [
      {
        concept: 'register: impersonal (يُرجى + verbal noun)',
        avoid: 'أدخل|أدخلي|حاول|حاولي|اختر|اختاري|استخدم|استخدمي|تحقق|تحققي',
      },
      { concept: 'parent: "وليّ الأمر"', avoid: 'الوالد|الوالدة|الوصي' },
      { concept: 'child (account): "طفل"', avoid: 'قاصر|القاصر' },
      { concept: 'link (identities): "ربط"', avoid: 'رابط|الرابط', scope: 'link' },
      { concept: 'consent: "الموافقة"', avoid: 'تفويض|التفويض' },
      { concept: 'organization: "مؤسسة"', avoid: 'منظمة|منظمات' },
    ],
  },
  he: {
    messages: he,
    rules: [
      { concept: 'register: plural imperative', avoid: 'נסה|נסי|הזן|הזיני|בחר|בחרי|השתמש|השתמשי|בדוק|בדקי' },
      { concept: 'parent: "ההורה"', avoid: 'אפוטרופוס|האפוטרופוס' },
      { concept: 'child (account): "ילד"', avoid: 'קטין|הקטין' },
      { concept: 'link (identities): "שיוך"', avoid: 'קישור|לקשר|מקושר', scope: 'link' },
      { concept: 'consent: "הסכמה"', avoid: 'אישור|האישור' },
      { concept: 'email: "אימייל"', avoid: 'דוא"ל|דוא״ל' },
      { concept: 'resend: "שליחה מחדש"', avoid: 'שליחה חוזרת' },
    ],
  },
};

/** A message without its `{name}` placeholders (their names are code, not words). */
function words(message: string): string {
  return message.replace(/\{\w+\}/g, '');
}

/** The messages that should name a concept with the chosen term and do not. */
function missingTerms(messages: Record<string, string>, uses: readonly Use[]): string[] {
  return uses.flatMap(({ concept, term, keys }) => {
    const pattern = new RegExp(`(?<![\\p{L}])(?:${term})(?![\\p{L}])`, 'iu');
    return keys
      .filter((key) => !pattern.test(words(messages[key] ?? '')))
      .map((key) => `${key}: no "${term}" (${concept})`);
  });
}

function violations(messages: Record<string, string>, rules: Rule[]): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    const source = rule.anywhere ? `(?:${rule.avoid})` : `(?<![\\p{L}])(?:${rule.avoid})(?![\\p{L}])`;
    const pattern = new RegExp(source, rule.caseSensitive ? 'u' : 'iu');
    for (const [key, message] of Object.entries(messages)) {
      if (!inScope(key, rule.scope)) continue;
      const match = pattern.exec(words(message));
      if (match) found.push(`${key}: "${match[0]}" (${rule.concept})`);
    }
  }
  return found;
}

describe('the catalogues follow docs/glossary.md', () => {
  describe.each(Object.entries(RULES))('in %s', (_locale, { messages, rules, uses = [] }) => {
    it('no message uses a word the glossary turned down', () => {
      expect(violations(messages, rules)).toEqual([]);
    });

    it('the messages that name a concept use the glossary term for it', () => {
      expect(missingTerms(messages, uses)).toEqual([]);
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
      ['fr', { 'error.server': 'Le service a un problème. Réessaie.' }, 'error.server: "Réessaie"'],
      ['fr', { 'consent.email': 'Un parent recevra un courriel.' }, 'courriel'],
      ['de', { 'error.offline': 'Du bist offline.' }, 'error.offline: "Du"'],
      ['de', { 'consent.heading': 'Zustimmung eines Elternteils nötig' }, 'Zustimmung'],
      ['it', { 'error.retry': 'Riprova' }, 'error.retry: "Riprova"'],
      ['it', { 'form.submit': 'Aggiungere un figlio' }, 'figlio'],
      ['nl', { 'error.offline': 'Je bent offline.' }, 'error.offline: "Je"'],
      ['pl', { 'error.server': 'Usługa ma problemy. Spróbuj ponownie.' }, 'error.server: "Spróbuj"'],
      ['pl', { 'form.parentEmail': 'E-mail opiekuna' }, 'opiekuna'],
      ['ja', { 'form.email': '子どものメールアドレス' }, 'form.email: "子ども"'],
      ['zh-CN', { 'error.offline': '你已离线。' }, 'error.offline: "你"'],
      ['ar', { 'error.server': 'حاول مرة أخرى.' }, 'error.server: "حاول"'],
      ['he', { 'error.retry': 'נסה שוב' }, 'error.retry: "נסה"'],
    ])('in %s, %j is caught', (locale, messages, expected) => {
      const rules = RULES[locale]?.rules ?? [];
      expect(violations(messages, rules).join('\n')).toContain(expected);
    });

    it.each([
      ['es', { 'error.email-in-use': 'Este correo ya lo usa otra cuenta. Use otro correo.' }],
      ['es', { 'picker.submit': 'Vincular {count, plural, one {# hijo} other {# hijos}}' }],
      ['pt-BR', { 'consent.email.to': 'O responsável receberá um e-mail em {email}.' }],
      ['en', { 'form.addForAnotherParent': 'Add a child for another parent' }],
      ['fr', { 'form.addForAnotherParent': 'Ajouter un enfant pour un autre parent' }],
      ['de', { 'form.email': 'E-Mail-Adresse des Kindes' }],
      ['pl', { 'error.retry': 'Spróbuj ponownie' }],
    ])('in %s, %j passes', (locale, messages) => {
      expect(violations(messages, RULES[locale]?.rules ?? [])).toEqual([]);
    });

    it('given a consent heading without the chosen term, when checked, it names the key', () => {
      const uses = RULES.de?.uses ?? [];
      expect(missingTerms({ ...de, 'consent.heading': 'Zustimmung nötig' }, uses).join('\n')).toContain(
        'consent.heading: no "Einwilligung',
      );
    });
  });
});
