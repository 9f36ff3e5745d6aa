import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentHandoff } from '../components/ConsentHandoff.js';
import { es } from '../locales/es.js';
import { ptBR } from '../locales/pt-BR.js';
import { KinshipProvider } from './KinshipProvider.js';
import { useTranslator } from './useTranslator.js';

const URL_OK = 'https://consent.example.com/approve?token=abc';

/** Shows what a component would: one catalogue text and one formatted number. */
function Probe() {
  const { t } = useTranslator();
  return (
    <>
      <p data-testid="copy">{t('consent.copy')}</p>
      <p data-testid="count">{t('picker.submit', { count: 12345 })}</p>
    </>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('KinshipProvider catalogues', () => {
  it('given es among the catalogues, locale "es-MX" shows the Spanish texts', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <KinshipProvider locale="es-MX" catalogues={[es, ptBR]}>
        <ConsentHandoff consentUrl={URL_OK} />
      </KinshipProvider>,
    );
    expect(screen.getByRole('button', { name: es.messages['consent.copy'] })).toBeTruthy();
    expect(screen.getByRole('link', { name: es.messages['consent.link'] })).toBeTruthy();
    expect(warn).not.toHaveBeenCalled();
  });

  it('given pt-BR among the catalogues, locale "pt" shows Portuguese', () => {
    render(
      <KinshipProvider locale="pt" catalogues={[es, ptBR]}>
        <Probe />
      </KinshipProvider>,
    );
    expect(screen.getByTestId('copy').textContent).toBe(ptBR.messages['consent.copy']);
  });

  it('given no catalogue for the locale, shows English and warns once naming the import to add', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(
      <StrictMode>
        <KinshipProvider locale="es-AR" catalogues={[ptBR]}>
          <ConsentHandoff consentUrl={URL_OK} />
          <Probe />
        </KinshipProvider>
      </StrictMode>,
    );
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    rerender(
      <StrictMode>
        <KinshipProvider locale="es-AR" catalogues={[ptBR]}>
          <ConsentHandoff consentUrl={URL_OK} />
          <Probe />
        </KinshipProvider>
      </StrictMode>,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("import { es } from 'kinship-kit/locales/es'");
    expect(String(warn.mock.calls[0]?.[0])).toContain('es-AR');
  });

  it('given no catalogues at all, locale "pt-BR" names kinship-kit/locales/pt-BR', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <KinshipProvider locale="pt-BR">
        <Probe />
      </KinshipProvider>,
    );
    expect(screen.getByTestId('copy').textContent).toBe('Copy link');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("import { ptBR } from 'kinship-kit/locales/pt-BR'");
  });

  it('does not warn for English, nor in a production build', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <KinshipProvider locale="en-GB">
        <Probe />
      </KinshipProvider>,
    );
    vi.stubEnv('NODE_ENV', 'production');
    try {
      render(
        <KinshipProvider locale="fr">
          <Probe />
        </KinshipProvider>,
      );
    } finally {
      vi.unstubAllEnvs();
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('formats numbers for the locale even when its texts fall back to English', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <KinshipProvider locale="de" catalogues={[es]}>
        <Probe />
      </KinshipProvider>,
    );
    // English words, German digits.
    expect(screen.getByTestId('count').textContent).toBe('Link 12.345 children');
  });

  it('formats numbers for the locale with its catalogue', () => {
    render(
      <KinshipProvider locale="es-MX" catalogues={[es]}>
        <Probe />
      </KinshipProvider>,
    );
    expect(screen.getByTestId('count').textContent).toContain(new Intl.NumberFormat('es-MX').format(12345));
    expect(screen.getByTestId('count').textContent).not.toContain('Link');
  });

  it('keeps per-key overrides above the catalogue', () => {
    render(
      <KinshipProvider locale="es" catalogues={[es]} messages={{ 'consent.copy': 'Copiar enlace ya' }}>
        <Probe />
      </KinshipProvider>,
    );
    expect(screen.getByTestId('copy').textContent).toBe('Copiar enlace ya');
  });
});
