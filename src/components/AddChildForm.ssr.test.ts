// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { AddChildForm } from './AddChildForm.js';
import { ConsentHandoff } from './ConsentHandoff.js';

const privo = {
  baseUrl: '/api/privo',
  fetcher: () => Promise.reject(new Error('no requests on the server')),
};

describe('given a server without window', () => {
  describe('when the form and the hand-off render to a string', () => {
    it('renders the form with its fields and no browser access', () => {
      expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
      const html = renderToString(
        createElement(
          KinshipProvider,
          { privo, locale: 'es', catalogues: [es] },
          createElement(AddChildForm),
        ),
      );
      expect(html).toContain('Fecha de nacimiento');
      expect(html).toMatch(/inputmode="numeric"/i);
      expect(html).toContain('Agregar menor');
    });

    it('renders the hand-off with its link, copy and resend, and the QR placeholder instead of the code', () => {
      const html = renderToString(
        createElement(ConsentHandoff, { consentUrl: 'https://consent.example.com/x', onResend: () => {} }),
      );
      expect(html).toContain('href="https://consent.example.com/x"');
      expect(html).toContain('Copy link');
      expect(html).toContain('Resend to parent');
      // The encoder is never loaded on the server: a same-size, hidden square stands in, no image, no error.
      expect(html).not.toContain('role="img"');
      expect(html).not.toContain('QR code of the consent link');
      expect(html).toMatch(/<svg[^>]*aria-hidden="true"[^>]*class="kinship-QrCode"[^>]*data-state="loading"/);
      expect(html).toContain('class="kinship-ConsentHandoff-error"></div>');
    });
  });
});
