/// <reference types="vite/client" />
import '../theme/tokens.css';
import '../theme/badge.css';
import '../theme/consent.css';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConsentHandoff } from './ConsentHandoff.js';

const URL_OK = 'https://consent.example.com/approve?token=abc';

describe('given the consent hand-off in a browser with the kit theme', () => {
  it('holds the QR code’s box with the placeholder while the encoder loads: nothing moves when it appears', async () => {
    render(
      <div style={{ width: 480 }}>
        <ConsentHandoff consentUrl={URL_OK} onResend={() => {}} />
      </div>,
    );
    const placeholder = document.querySelector('svg[data-state="loading"]') as SVGSVGElement;
    expect(placeholder, 'the placeholder is drawn before the encoder arrives').not.toBeNull();
    const resend = screen.getByRole('button', { name: 'Resend to parent' });
    const before = placeholder.getBoundingClientRect();
    const resendBefore = resend.getBoundingClientRect().top;
    expect(before.width).toBeGreaterThan(100);

    const qr = await screen.findByRole('img', { name: 'QR code of the consent link' });
    const after = qr.getBoundingClientRect();
    expect(after.width).toBe(before.width);
    expect(after.height).toBe(before.height);
    expect(after.top).toBe(before.top);
    expect(after.left).toBe(before.left);
    // What follows the code stays in place too.
    expect(resend.getBoundingClientRect().top).toBe(resendBefore);
  });
});
