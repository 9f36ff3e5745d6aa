import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KinshipError } from '../core/errors.js';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { AddChildForm } from './AddChildForm.js';
import { ChildPicker } from './ChildPicker.js';

// One wording of errors for every part: the picker's alert says what the form's alert says.

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

const CHILD = { id: 'c-1', type: 'USER', name: 'Ana', lastname: 'Soto', status: 'ACTIVE', children: [] };

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Fetcher {
  return async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
}

function thrower(error: KinshipError): Fetcher {
  return async () => {
    throw error;
  };
}

/** The lines of the alert region (its paragraphs), as the user reads them. */
function alertLines(): string[] {
  return [...screen.getByRole('alert').querySelectorAll('p')].map((line) => line.textContent ?? '');
}

async function formAlert(fetcher: Fetcher, locale: string): Promise<string[]> {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <KinshipProvider privo={{ baseUrl: '/api/privo', fetcher, retry: 0 }} locale={locale} catalogues={[es]}>
      <AddChildForm />
    </KinshipProvider>,
  );
  const byName = (name: RegExp) => screen.getByRole('textbox', { name });
  await user.type(byName(locale === 'es' ? /^Nombre$/ : /^First name$/), 'Lucía');
  await user.type(byName(locale === 'es' ? /usuario/i : /^Username$/), 'lucia_2015');
  await user.type(byName(locale === 'es' ? /^Día$/ : /^Day$/), '7');
  await user.type(byName(locale === 'es' ? /^Mes$/ : /^Month$/), '3');
  await user.type(byName(locale === 'es' ? /^Año$/ : /^Year$/), '2015');
  await user.type(byName(locale === 'es' ? /madre|padre|tutor/i : /^Parent's email$/), 'ana@example.com');
  await user.click(screen.getByRole('button', { name: locale === 'es' ? /agregar/i : 'Add child' }));
  await screen.findByRole('alert').then((alert) => expect(alert.querySelector('p')).not.toBeNull());
  const lines = alertLines();
  view.unmount();
  return lines;
}

async function pickerAlert(fetcher: Fetcher, locale: string): Promise<string[]> {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <KinshipProvider conomy={{ baseUrl: '/api/conomy', fetcher, retry: 0 }} locale={locale} catalogues={[es]}>
      <ChildPicker identityId="parent-1" candidates={[CHILD as never]} defaultValue={['c-1']} />
    </KinshipProvider>,
  );
  await user.click(screen.getByRole('button', { name: locale === 'es' ? /vincular 1/i : 'Link 1 child' }));
  await screen.findByRole('alert');
  const lines = alertLines();
  view.unmount();
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('given the same failure in the form and in the picker', () => {
  it.each<[string, () => Fetcher, string]>([
    [
      'a 429 with Retry-After',
      () => answer(429, { status: 429, type: 'tooManyRequests' }, { 'retry-after': '30' }),
      'Too many attempts. Please try again in 30 seconds.',
    ],
    ['a conflict', () => answer(409, { status: 409, type: 'conflict' }), 'This was already done'],
    [
      'a timeout that may have gone through',
      () => thrower(new KinshipError('timeout', 'x', { operation: 'addChildren', mayHaveSucceeded: true })),
      'may have been created',
    ],
  ])(
    '%s: the picker says what the form says',
    async (_title, fetcher, expected) => {
      const form = await formAlert(fetcher(), 'en');
      const picker = await pickerAlert(fetcher(), 'en');
      expect(form.join(' ')).toContain(expected);
      expect(picker).toEqual(form);
    },
    20_000,
  ); // the form is filled by typing: slow on a busy machine
});
