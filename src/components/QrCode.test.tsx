import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConsentHandoff } from './ConsentHandoff.js';

// Holds the QR encoder's chunk back until the test lets it through, as a slow network would.
const chunk = vi.hoisted(() => {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { released, release, requested: 0 };
});
vi.mock('../core/form/qr.js', async (importOriginal) => {
  chunk.requested++;
  await chunk.released;
  return importOriginal();
});

const URL_OK = 'https://consent.example.com/approve?token=abc';

describe('given the QR encoder is still loading', () => {
  it('shows the link and copy lanes at once, a hidden same-box placeholder, then the code', async () => {
    render(<ConsentHandoff consentUrl={URL_OK} />);
    // Before the encoder arrives, the parent can already open or copy the link.
    expect(screen.getByRole('link', { name: 'Open the consent page (opens in a new tab)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(screen.getByText(URL_OK)).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    const placeholder = document.querySelector('svg[data-state="loading"]');
    expect(placeholder).not.toBeNull();
    expect(placeholder?.getAttribute('aria-hidden')).toBe('true');
    // Same element and class as the code, square viewBox: the same box (measured in QrCode.browser.test.tsx).
    expect(placeholder?.getAttribute('class')).toBe('kinship-QrCode');
    expect(placeholder?.getAttribute('viewBox')).toBe('0 0 1 1');
    await waitFor(() => expect(chunk.requested).toBe(1));
    // Still loading: nothing but the placeholder stands where the code will be.
    expect(screen.queryByRole('img')).toBeNull();

    await act(async () => {
      chunk.release();
      await chunk.released;
    });
    const qr = await screen.findByRole('img', { name: 'QR code of the consent link' });
    expect(qr.getAttribute('class')).toBe('kinship-QrCode');
    expect(document.querySelector('svg[data-state="loading"]')).toBeNull();
  });

  it('loads the encoder once for the page and draws at once when it is there', async () => {
    render(<ConsentHandoff consentUrl={URL_OK} />);
    // Already loaded by the test above: no placeholder, no second request.
    expect(screen.getByRole('img', { name: 'QR code of the consent link' })).toBeTruthy();
    expect(chunk.requested).toBe(1);
  });
});
