import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConsentHandoff } from './ConsentHandoff.js';

// The encoder's chunk cannot be loaded (offline, blocked, a new deployment removed it).
const chunk = vi.hoisted(() => ({ requested: 0 }));
vi.mock('../core/form/qr.js', () => {
  chunk.requested++;
  throw new Error('Failed to fetch dynamically imported module');
});

const URL_OK = 'https://consent.example.com/approve?token=abc';

describe('given the QR encoder cannot be loaded', () => {
  it('drops the placeholder, shows no broken box and keeps the link and copy lanes working', async () => {
    // user-event puts a clipboard stub on navigator.
    const user = userEvent.setup({ delay: null });
    render(<ConsentHandoff consentUrl={URL_OK} />);
    await waitFor(() => expect(chunk.requested).toBe(1));
    await waitFor(() => expect(document.querySelector('.kinship-QrCode')).toBeNull());
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('svg')).toBeNull();
    expect(screen.getByRole('link', { name: 'Open the consent page (opens in a new tab)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(URL_OK);
    expect(await screen.findByText('Link copied')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
