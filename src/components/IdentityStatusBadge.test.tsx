import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { KinshipProvider } from '../hooks/KinshipProvider.js';
import { es } from '../locales/es.js';
import { ptBR } from '../locales/pt-BR.js';
import { IdentityStatusBadge } from './IdentityStatusBadge.js';

const identityStatuses = [
  ['ACTIVE', 'success', { en: 'Active', es: 'Activo', 'pt-BR': 'Ativo' }],
  ['PENDING', 'warning', { en: 'Pending', es: 'Pendiente', 'pt-BR': 'Pendente' }],
  [
    'PENDING_EMAIL_VALIDATION',
    'warning',
    { en: 'Email not verified', es: 'Correo sin verificar', 'pt-BR': 'E-mail não verificado' },
  ],
  [
    'PENDING_PHONE_VALIDATION',
    'warning',
    { en: 'Phone not verified', es: 'Teléfono sin verificar', 'pt-BR': 'Telefone não verificado' },
  ],
  ['SCREENING', 'warning', { en: 'Under review', es: 'En revisión', 'pt-BR': 'Em análise' }],
  [
    'PENDING_2FA',
    'warning',
    {
      en: 'Two-step verification pending',
      es: 'Verificación en dos pasos pendiente',
      'pt-BR': 'Verificação em duas etapas pendente',
    },
  ],
  [
    'PENDING_VERIFICATION',
    'warning',
    { en: 'Verification pending', es: 'Verificación pendiente', 'pt-BR': 'Verificação pendente' },
  ],
  ['BLOCKED', 'danger', { en: 'Blocked', es: 'Bloqueado', 'pt-BR': 'Bloqueado' }],
  [
    'FAILED_VERIFICATION',
    'danger',
    { en: 'Verification failed', es: 'Verificación fallida', 'pt-BR': 'Falha na verificação' },
  ],
  ['INACTIVE', 'neutral', { en: 'Inactive', es: 'Inactivo', 'pt-BR': 'Inativo' }],
] as const;

const consentStatuses = [
  ['pending', 'warning', 'Consent pending'],
  ['approved', 'success', 'Consent approved'],
  ['denied', 'danger', 'Consent denied'],
  ['expired', 'neutral', 'Consent expired'],
  ['postponed', 'warning', 'Consent postponed'],
] as const;

const locales = ['en', 'es', 'pt-BR'] as const;

function renderIn(locale: string, element: React.ReactElement) {
  return render(
    <KinshipProvider locale={locale} catalogues={[es, ptBR]}>
      {element}
    </KinshipProvider>,
  );
}

describe('IdentityStatusBadge', () => {
  describe('given each documented Conomy status', () => {
    for (const [status, tone, labels] of identityStatuses) {
      describe(`when the status is ${status}`, () => {
        it(`reads "${labels.en}" in English, with tone ${tone}`, () => {
          renderIn('en', <IdentityStatusBadge status={status} />);
          const badge = screen.getByText(labels.en);
          expect(badge.dataset.status).toBe(status);
          expect(badge.dataset.tone).toBe(tone);
          expect(badge.className).toBe('kinship-IdentityStatusBadge');
        });

        for (const locale of locales) {
          it(`is translated in ${locale}, never showing the raw code or the English text`, () => {
            const { container } = renderIn(locale, <IdentityStatusBadge status={status} />);
            const text = container.textContent ?? '';
            expect(text).not.toBe('');
            expect(text).not.toContain(status);
            if (locale !== 'en') expect(text).not.toBe(labels.en);
            expect(text).toBe(labels[locale]);
          });
        }
      });
    }
  });

  describe('given each PRIVO consent state', () => {
    for (const [consentStatus, tone, english] of consentStatuses) {
      it(`shows "${english}" for ${consentStatus} with tone ${tone}, translated in es and pt-BR`, () => {
        const { unmount } = renderIn('en', <IdentityStatusBadge consentStatus={consentStatus} />);
        const badge = screen.getByText(english);
        expect(badge.dataset.tone).toBe(tone);
        expect(badge.dataset.status).toBe(consentStatus);
        expect(badge.dataset.kind).toBe('consent');
        unmount();
        for (const locale of ['es', 'pt-BR']) {
          const { container, unmount: unmountLocale } = renderIn(
            locale,
            <IdentityStatusBadge consentStatus={consentStatus} />,
          );
          expect(container.textContent).not.toBe(english);
          expect(container.textContent).not.toBe('');
          unmountLocale();
        }
      });
    }
  });

  describe('given a status the kit does not know', () => {
    it('renders it as "Status: <value>" with a neutral tone instead of failing', () => {
      renderIn('en', <IdentityStatusBadge status="ON_HOLD_FOR_AUDIT" />);
      const badge = screen.getByText('Status: ON_HOLD_FOR_AUDIT');
      expect(badge.dataset.tone).toBe('neutral');
    });

    it('localizes the fallback (es: "Estado: …")', () => {
      renderIn('es', <IdentityStatusBadge status="ON_HOLD_FOR_AUDIT" />);
      expect(screen.getByText('Estado: ON_HOLD_FOR_AUDIT').dataset.tone).toBe('neutral');
    });

    it('matches known statuses whatever their case or surrounding spaces', () => {
      renderIn('en', <IdentityStatusBadge status=" active " />);
      expect(screen.getByText('Active').dataset.status).toBe('ACTIVE');
    });

    it('uses the unknown fallback for an unknown consent state', () => {
      renderIn('en', <IdentityStatusBadge consentStatus="revoked" />);
      expect(screen.getByText('Status: revoked').dataset.tone).toBe('neutral');
    });

    for (const empty of ['', '   ', null, undefined]) {
      it(`shows "No status" for ${JSON.stringify(empty)}`, () => {
        renderIn('en', <IdentityStatusBadge status={empty} />);
        const badge = screen.getByText('No status');
        expect(badge.dataset.status).toBeUndefined();
        expect(badge.dataset.tone).toBe('neutral');
      });
    }

    it('does not mistake inherited object keys for statuses', () => {
      renderIn('en', <IdentityStatusBadge status="constructor" />);
      expect(screen.getByText('Status: constructor').dataset.tone).toBe('neutral');
    });
  });

  describe('given host styling props', () => {
    it('adds className and classNames.root after the kit class, and forwards the ref', () => {
      const ref = createRef<HTMLSpanElement>();
      renderIn(
        'en',
        <IdentityStatusBadge
          ref={ref}
          status="ACTIVE"
          className="mine"
          classNames={{ root: 'slot' }}
          title="x"
        />,
      );
      const badge = screen.getByText('Active');
      expect(badge.className).toBe('kinship-IdentityStatusBadge slot mine');
      expect(ref.current).toBe(badge);
      expect(badge.tagName).toBe('SPAN');
      expect(badge.title).toBe('x');
    });

    it('drops the kit class when unstyled but keeps the data attributes', () => {
      renderIn('en', <IdentityStatusBadge status="BLOCKED" unstyled className="mine" />);
      const badge = screen.getByText('Blocked');
      expect(badge.className).toBe('mine');
      expect(badge.dataset.tone).toBe('danger');
    });

    it('uses a host message override', () => {
      render(
        <KinshipProvider messages={{ 'status.ACTIVE': 'Verified' }}>
          <IdentityStatusBadge status="ACTIVE" />
        </KinshipProvider>,
      );
      expect(screen.getByText('Verified').dataset.status).toBe('ACTIVE');
    });

    it('works without a provider, in English', () => {
      render(<IdentityStatusBadge status="SCREENING" />);
      expect(screen.getByText('Under review').dataset.status).toBe('SCREENING');
    });
  });
});
