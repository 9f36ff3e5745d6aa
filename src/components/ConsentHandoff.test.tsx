import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KinshipError } from '../core/errors.js';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { ptBR } from '../locales/pt-BR.js';
import { ConsentHandoff, type ConsentHandoffProps } from './ConsentHandoff.js';

// The languages these tests show, as a host imports them.
const CATALOGUES = [es, ptBR];

const URL_OK = 'https://consent.example.com/approve?token=abc&lang=en';

function renderHandoff(
  props: ConsentHandoffProps,
  { locale = 'en', user = userEvent.setup({ delay: null }) } = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <KinshipProvider locale={locale} catalogues={CATALOGUES}>
      {children}
    </KinshipProvider>
  );
  return { user, ...render(<ConsentHandoff {...props} />, { wrapper }) };
}

function paragraph(text: string) {
  return screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === text);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ConsentHandoff', () => {
  describe('given a safe consent URL', () => {
    it('links to it in a new tab, without opener or referrer, with a name about the consent page', () => {
      renderHandoff({ consentUrl: URL_OK });
      const link = screen.getByRole('link', { name: 'Open the consent page (opens in a new tab)' });
      expect(link.getAttribute('href')).toBe(URL_OK);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(screen.getByRole('heading', { name: 'The parent needs to give consent' }).tagName).toBe('H2');
      expect(screen.getByText('Consent pending').dataset.status).toBe('pending');
    });

    it('draws a QR code of the URL as one SVG path inside a quiet zone', async () => {
      renderHandoff({ consentUrl: URL_OK });
      const qr = await screen.findByRole('img', { name: 'QR code of the consent link' });
      expect(qr.tagName.toLowerCase()).toBe('svg');
      expect(qr.querySelectorAll('path')).toHaveLength(1);
      const size = Number(qr.getAttribute('data-modules'));
      expect(qr.getAttribute('viewBox')).toBe(`0 0 ${size} ${size}`);
      // The finder pattern's first dark module sits right after the 4-module quiet zone.
      expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M4 4h7v1h-7z/);
    });

    it('isolates the child’s name in the heading', () => {
      renderHandoff({ consentUrl: URL_OK, childName: '\u202EevilName' });
      const heading = screen.getByRole('heading');
      expect(heading.querySelector('bdi')?.textContent).toBe('\u202EevilName');
      expect(heading.textContent).toBe(
        'Account created for \u202EevilName: the parent needs to give consent',
      );
    });

    describe('when the user copies the link', () => {
      it('copies it and says so politely', async () => {
        const { user } = renderHandoff({ consentUrl: URL_OK });
        await user.click(screen.getByRole('button', { name: 'Copy link' }));
        expect(await navigator.clipboard.readText()).toBe(URL_OK);
        const status = screen.getAllByRole('status').find((element) => element.textContent !== '');
        expect(status?.textContent).toBe('Link copied');
        expect(status?.getAttribute('aria-live')).toBe('polite');
      });

      it('says how to copy by hand when the clipboard refuses', async () => {
        const { user } = renderHandoff({ consentUrl: URL_OK });
        vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
          new DOMException('denied', 'NotAllowedError'),
        );
        await user.click(screen.getByRole('button', { name: 'Copy link' }));
        expect(
          (await screen.findByText('Could not copy the link. Select it and copy it by hand.')).closest(
            '[aria-live="polite"]',
          ),
        ).not.toBeNull();
        expect(screen.getByText(URL_OK).tagName).toBe('P');
      });
    });
  });

  describe('given an unsafe or missing consent URL', () => {
    it.each([
      ['javascript:', 'javascript:alert(1)'],
      ['mixed-case javascript:', 'JaVaScRiPt:alert(document.cookie)'],
      ['javascript: with leading spaces', '  javascript:alert(1)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['vbscript:', 'VBScript:msgbox(1)'],
      ['a relative path', '/consent?token=abc'],
      ['a protocol-relative URL', '//evil.example.com/x'],
      ['junk', 'not a url'],
      ['an empty string', ''],
      ['null', null],
    ])('renders no link and no QR for %s, and says an email is on its way', (_title, consentUrl) => {
      const { container } = renderHandoff({ consentUrl, parentEmail: 'ana@example.com' });
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.queryByRole('img')).toBeNull();
      expect(container.querySelector('a, [href]')).toBeNull();
      paragraph('The parent will receive an email at ana@example.com with a link to give consent.');
      expect(screen.getByText('ana@example.com').tagName).toBe('BDI');
    });

    it('does not name an address it does not know', () => {
      renderHandoff({ consentUrl: null });
      expect(
        paragraph('The parent will receive an email with a link to give consent.').querySelector('bdi'),
      ).toBeNull();
    });
  });

  describe('given each consent status', () => {
    it.each([
      ['pending', 'Consent pending', true, true],
      ['postponed', 'Consent postponed', true, true],
      ['expired', 'Consent expired', false, true],
      ['approved', 'Consent approved', false, false],
      ['denied', 'Consent denied', false, false],
    ] as const)('%s shows "%s", a link: %s, a resend: %s', (status, badge, hasLink, hasResend) => {
      renderHandoff({ consentUrl: URL_OK, status, onResend: () => {} });
      expect(screen.getByText(badge).dataset.status).toBe(status);
      expect(screen.queryByRole('link') !== null).toBe(hasLink);
      expect(screen.queryByRole('button', { name: 'Resend to parent' }) !== null).toBe(hasResend);
    });
  });

  describe('given a resend callback', () => {
    it('resends, confirms, then waits out the cooldown before allowing another', async () => {
      // The clock also moves with real time: Testing Library's async wrapper waits on a real setTimeout(0).
      vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const onResend = vi.fn(async () => {});
      const user = userEvent.setup({ delay: null });
      renderHandoff({ consentUrl: URL_OK, onResend, resendCooldownMs: 30_000 }, { user });
      const button = screen.getByRole('button', { name: 'Resend to parent' });
      await user.click(button);
      expect(onResend).toHaveBeenCalledTimes(1);
      expect((await screen.findByText('We asked PRIVO to resend the consent email.')).tagName).toBe('OUTPUT');
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        'You can resend in 30 seconds.',
      );
      await user.click(button);
      expect(onResend).toHaveBeenCalledTimes(1);
      await act(async () => {
        vi.advanceTimersByTime(29_000);
      });
      expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        'You can resend in 1 second.',
      );
      await act(async () => {
        vi.advanceTimersByTime(1_000);
      });
      expect(screen.queryByText(/You can resend/)).toBeNull();
      expect(button.getAttribute('aria-disabled')).toBeNull();
      await user.click(button);
      expect(onResend).toHaveBeenCalledTimes(2);
    });

    it('sends once while a resend is in flight', async () => {
      let finish: () => void = () => {};
      const onResend = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
      const { user } = renderHandoff({ consentUrl: URL_OK, onResend });
      const button = screen.getByRole('button', { name: 'Resend to parent' });
      await user.dblClick(button);
      expect(button.getAttribute('aria-busy')).toBe('true');
      expect(onResend).toHaveBeenCalledTimes(1);
      await act(async () => finish());
      expect(button.getAttribute('aria-busy')).toBeNull();
    });

    it('shows a failure in an alert and lets the user try again at once', async () => {
      const onResend = vi
        .fn<() => Promise<void>>()
        .mockRejectedValueOnce(new KinshipError('not-found', 'nothing matches'))
        .mockResolvedValue(undefined);
      const { user } = renderHandoff({ consentUrl: null, onResend });
      await user.click(screen.getByRole('button', { name: 'Resend to parent' }));
      const alert = screen.getByRole('alert');
      await waitFor(() => expect(alert.textContent).toContain('Could not resend the consent email.'));
      expect(alert.textContent).toContain('We could not find that person or account.');
      await user.click(screen.getByRole('button', { name: 'Resend to parent' }));
      expect(onResend).toHaveBeenCalledTimes(2);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(''));
    });

    it('says only that it could not resend when the host rejects with something other than a KinshipError', async () => {
      const onResend = vi.fn(async () => {
        throw new Error('backend down');
      });
      const { user } = renderHandoff({ consentUrl: null, onResend });
      await user.click(screen.getByRole('button', { name: 'Resend to parent' }));
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toBe('Could not resend the consent email.'),
      );
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Resend to parent' }));
    });

    it('waits as long as a rate limit asks', async () => {
      const onResend = vi.fn(async () => {
        throw new KinshipError('rate-limited', 'slow down', { retryAfterMs: 12_000 });
      });
      const { user } = renderHandoff({ consentUrl: URL_OK, onResend });
      await user.click(screen.getByRole('button', { name: 'Resend to parent' }));
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toContain(
          'Too many attempts. Please try again in 12 seconds.',
        ),
      );
      expect(screen.getByRole('button', { name: 'Resend to parent' }).getAttribute('aria-disabled')).toBe(
        'true',
      );
    });
  });

  describe('given a locale', () => {
    it.each([
      ['es', 'Abrir la página de consentimiento (se abre en una pestaña nueva)', 'Copiar enlace'],
      ['pt-BR', 'Abrir a página de consentimento (abre em uma nova aba)', 'Copiar link'],
    ])('speaks %s', (locale, link, copy) => {
      renderHandoff({ consentUrl: URL_OK }, { locale });
      expect(screen.getByRole('link', { name: link }).getAttribute('href')).toBe(URL_OK);
      expect(screen.getByRole('button', { name: copy }).getAttribute('type')).toBe('button');
    });
  });
});
