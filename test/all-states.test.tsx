import '@testing-library/jest-dom/vitest';
import { composeStory } from '@storybook/react-vite';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMEOUT_MS } from '../src/core/http.js';
import { createTranslator } from '../src/index.js';
import meta, { AllStates } from '../stories/AllStates.stories.js';

const { t } = createTranslator('en');
const Story = composeStory(AllStates, meta);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the All states story', () => {
  describe('given the "AddChildForm · pending" tile after a submit', () => {
    describe('when far more time passes than the operation allows (its timeout) and than any latency', () => {
      it('still shows the form pending, with no error', { timeout: 60_000 }, async () => {
        vi.useFakeTimers({ shouldAdvanceTime: true });
        const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
        render(<Story />);
        const tile = within(screen.getByRole('region', { name: 'AddChildForm · pending' }));
        await user.type(tile.getByRole('textbox', { name: t('form.firstName') }), 'Lucia');
        await user.type(tile.getByRole('textbox', { name: t('form.userName') }), 'lucia_2015');
        await user.type(tile.getByRole('textbox', { name: t('form.birthMonth') }), '3');
        await user.type(tile.getByRole('textbox', { name: t('form.birthDay') }), '7');
        await user.type(tile.getByRole('textbox', { name: t('form.birthYear') }), '2015');
        await user.click(tile.getByRole('button', { name: t('form.submit') }));
        const submit = tile.getByRole('button', { name: t('form.submit') });
        expect(submit).toHaveAttribute('aria-busy', 'true');
        // An hour: past the default 30 s timeout and past the 10 minutes the tile used to wait.
        await act(() => vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS + 60 * 60_000));
        expect(submit).toHaveAttribute('aria-busy', 'true');
        expect(tile.queryByRole('alert')?.textContent ?? '').toBe('');
      });
    });
  });
});
