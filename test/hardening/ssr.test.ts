// Server rendering: runs in the "unit" project (Node, no window, no document). createElement only.
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AddChildDialog,
  AddChildForm,
  ChildPicker,
  ConsentHandoff,
  IdentityStatusBadge,
  KinshipProvider,
} from '../../src/index.js';
import { createSandbox, SANDBOX_EMAILS, SANDBOX_IDS } from '../../src/sandbox/index.js';
import { HardeningPage, PAGE_CONSENT_URL, PAGE_ROLES } from './page.js';

const globals = globalThis as { window?: unknown; document?: unknown };

/** Renders `element` inside a provider over a fresh sandbox; fails on any console output or request. */
function renderOnServer(element: ReactElement): string {
  const sandbox = createSandbox();
  const logged: unknown[][] = [];
  for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push([method, ...args]);
    });
  }
  const html = renderToString(
    h(
      KinshipProvider,
      {
        conomy: { baseUrl: '/api/conomy', fetcher: sandbox.fetcher },
        privo: { baseUrl: '/api/privo', fetcher: sandbox.fetcher },
      },
      element,
    ),
  );
  expect(logged, 'React warnings or kit logs while rendering on the server').toEqual([]);
  expect(sandbox.requests, 'requests sent while rendering on the server').toEqual([]);
  return html;
}

/** Every `<tag …>` start tag whose attributes match `attributes` (all of them, in any order). */
function tags(html: string, tag: string, attributes: Record<string, string> = {}): string[] {
  const found = html.match(new RegExp(`<${tag}(?=[\\s>/])[^>]*>`, 'g')) ?? [];
  return found.filter((start) =>
    Object.entries(attributes).every(([name, value]) => start.includes(` ${name}="${value}"`)),
  );
}

/** The value of one attribute in a start tag. */
function attribute(start: string | undefined, name: string): string | undefined {
  return start?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

/** Ids referenced by label, description and combobox wiring that the markup does not contain. */
function danglingReferences(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  const missing: string[] = [];
  for (const match of html.matchAll(/\s(for|aria-labelledby|aria-describedby)="([^"]+)"/g)) {
    for (const id of (match[2] ?? '').split(/\s+/)) if (!ids.has(id)) missing.push(`${match[1]}=${id}`);
  }
  for (const combobox of tags(html, 'input', { role: 'combobox' })) {
    const controls = attribute(combobox, 'aria-controls');
    if (!controls || !ids.has(controls)) missing.push(`aria-controls=${controls}`);
  }
  return missing;
}

const candidates = createSandbox().identities;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given a Node server without window or document', () => {
  it('has no DOM globals (the test itself runs where a server does)', () => {
    expect(typeof globals.window).toBe('undefined');
    expect(typeof globals.document).toBe('undefined');
  });

  describe('when the package entry is imported', () => {
    it('leaves window and document undefined', async () => {
      await import('../../src/index.js');
      expect(typeof globals.window).toBe('undefined');
      expect(typeof globals.document).toBe('undefined');
    });
  });

  describe('when ChildPicker renders to a string with candidates and two picked', () => {
    it('is a closed, labelled combobox with chips, a status region and the link button', () => {
      const html = renderOnServer(
        h(ChildPicker, {
          identityId: SANDBOX_IDS.parentUser,
          candidates,
          defaultValue: [...SANDBOX_IDS.linkableChildren.slice(0, 2)],
        }),
      );
      const comboboxes = tags(html, 'input', { role: 'combobox' });
      expect(comboboxes).toHaveLength(1);
      const [combobox] = comboboxes;
      expect(attribute(combobox, 'aria-expanded')).toBe('false');
      const label = tags(html, 'label', { for: attribute(combobox, 'id') ?? '-' });
      expect(label).toHaveLength(1);
      expect(html).toContain('>Children to link</label>');
      expect(tags(html, 'div', { role: 'listbox' })).toHaveLength(1);
      expect(html).toContain('<bdi class="kinship-ChildPicker-chipLabel">José Antonio Núñez Castillo</bdi>');
      expect(tags(html, 'button', { 'aria-label': 'Remove João Pedro Araújo Lima' })).toHaveLength(1);
      expect(tags(html, 'div', { role: 'status' })).toHaveLength(1);
      expect(html).toMatch(/<button[^>]*>Link 2 children<\/button>/);
      expect(danglingReferences(html)).toEqual([]);
    });
  });

  describe('when AddChildForm renders to a string', () => {
    it('with ageInput "birthDate" shows the named fields, the date fieldset, an alert region and "Add child"', () => {
      const html = renderOnServer(h(AddChildForm, { ageInput: 'birthDate' }));
      for (const text of [
        'First name',
        'Username',
        'Date of birth',
        '>Day<',
        '>Month<',
        '>Year<',
        'Parent&#x27;s email',
      ]) {
        expect(html).toContain(text);
      }
      expect(tags(html, 'fieldset')).toHaveLength(1);
      expect(tags(html, 'input', { inputMode: 'numeric' })).toHaveLength(3);
      expect(tags(html, 'div', { role: 'alert' })).toHaveLength(1);
      expect(html).toMatch(/<button type="submit"[^>]*>Add child<\/button>/);
      expect(tags(html, 'form')[0]).toContain('noValidate=""');
      expect(danglingReferences(html)).toEqual([]);
    });

    it('with ageInput "role" shows a radio group of the roles and no date inputs', () => {
      const html = renderOnServer(
        h(AddChildForm, {
          ageInput: 'role',
          roles: PAGE_ROLES,
          parentEmail: SANDBOX_EMAILS.adultWithoutChild,
        }),
      );
      expect(tags(html, 'fieldset', { role: 'radiogroup' })).toHaveLength(1);
      expect(tags(html, 'input', { type: 'radio' })).toHaveLength(2);
      expect(html).toContain('Under 13');
      expect(html).toContain('13 to 17');
      expect(html).toContain('Age group');
      expect(html).not.toContain('>Day<');
      // The host gave the parent's email: it is sent, not asked.
      expect(html).not.toContain('Parent&#x27;s email');
      expect(html).toMatch(/<button type="submit"[^>]*>Add child<\/button>/);
      expect(danglingReferences(html)).toEqual([]);
    });
  });

  describe('when ConsentHandoff renders to a string', () => {
    it('with a safe URL shows a new-tab link, the URL as text and the QR code’s placeholder, the name in <bdi>', () => {
      const html = renderOnServer(
        h(ConsentHandoff, { consentUrl: PAGE_CONSENT_URL, childName: 'Lucía', onResend: () => undefined }),
      );
      const [link] = tags(html, 'a');
      expect(attribute(link, 'href')).toBe(PAGE_CONSENT_URL.replace(/&/g, '&amp;'));
      expect(attribute(link, 'target')).toBe('_blank');
      expect(attribute(link, 'rel')).toBe('noopener noreferrer');
      expect(html).toContain('Open the consent page');
      // The QR encoder loads on demand in the browser: the server sends a same-size hidden square.
      expect(tags(html, 'svg', { role: 'img' })).toHaveLength(0);
      expect(tags(html, 'svg', { 'aria-hidden': 'true', 'data-state': 'loading' })).toHaveLength(1);
      expect(html).toContain('<bdi>Lucía</bdi>');
      expect(html).toMatch(/<h2[^>]*>Account created for <bdi>Lucía<\/bdi>/);
      expect(html).toContain('>Resend to parent</button>');
      expect(danglingReferences(html)).toEqual([]);
    });

    it('without a URL renders no link and names the parent email in <bdi>', () => {
      const html = renderOnServer(
        h(ConsentHandoff, { consentUrl: null, parentEmail: SANDBOX_EMAILS.adultWithoutChild }),
      );
      expect(tags(html, 'a')).toEqual([]);
      expect(tags(html, 'svg')).toEqual([]);
      expect(html).toContain(`will receive an email at <bdi>${SANDBOX_EMAILS.adultWithoutChild}</bdi>`);
    });

    it('with a javascript: URL renders no link at all', () => {
      const html = renderOnServer(h(ConsentHandoff, { consentUrl: 'javascript:alert(1)' }));
      expect(tags(html, 'a')).toEqual([]);
      expect(html).not.toContain('javascript:');
    });
  });

  describe('when AddChildDialog renders to a string', () => {
    it('closed, renders its trigger button only', () => {
      const html = renderOnServer(h(AddChildDialog, { flow: 'account' }));
      const [trigger] = tags(html, 'button', { 'aria-haspopup': 'dialog' });
      expect(attribute(trigger, 'aria-expanded')).toBe('false');
      expect(html).toMatch(/<button[^>]*>Add a child<\/button>/);
      expect(html).not.toContain('role="dialog"');
    });

    it('open, renders the trigger as expanded (the portal mounts in the browser)', () => {
      const html = renderOnServer(
        h(AddChildDialog, {
          flow: 'link',
          identityId: SANDBOX_IDS.parentUser,
          candidates,
          defaultOpen: true,
        }),
      );
      const [trigger] = tags(html, 'button', { 'aria-haspopup': 'dialog' });
      expect(attribute(trigger, 'aria-expanded')).toBe('true');
      expect(attribute(trigger, 'data-state')).toBe('open');
      expect(html).toMatch(/<button[^>]*>Link children<\/button>/);
    });
  });

  describe('when IdentityStatusBadge renders to a string', () => {
    it('labels known, unknown and consent statuses', () => {
      const html = renderOnServer(
        h(
          'div',
          null,
          h(IdentityStatusBadge, { status: 'ACTIVE' }),
          h(IdentityStatusBadge, { status: 'UNDER_REVIEW' }),
          h(IdentityStatusBadge, { consentStatus: 'expired' }),
        ),
      );
      expect(html).toMatch(/data-status="ACTIVE"[^>]*>Active</);
      expect(html).toContain('>Status: UNDER_REVIEW<');
      expect(html).toMatch(/data-kind="consent"[^>]*>Consent expired</);
    });
  });

  describe('when the whole page (every component at once) renders to a string', () => {
    it('gives every element a unique id and leaves no label or description pointing nowhere', () => {
      const sandbox = createSandbox();
      const html = renderOnServer(h(HardeningPage, { sandbox, candidates, dialogOpen: true }));
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.length).toBeGreaterThan(20);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
      expect(danglingReferences(html)).toEqual([]);
      expect(tags(html, 'input', { role: 'combobox' })).toHaveLength(1);
      expect(html.match(/>Add child<\/button>/g)).toHaveLength(2);
    });
  });
});
