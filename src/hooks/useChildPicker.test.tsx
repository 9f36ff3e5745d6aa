import '@testing-library/jest-dom/vitest';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Identity } from '../core/schemas.js';
import { createSandbox } from '../sandbox/index.js';
import { createIdentitySearch, type UseChildPickerOptions, useChildPicker } from './useChildPicker.js';

const person = (id: string, name: string, fields: Partial<Identity> = {}) =>
  ({ id, name, type: 'USER', status: 'ACTIVE', children: [], ...fields }) as Identity;

interface Call {
  query: string;
  signal: AbortSignal;
  resolve: (items: Identity[]) => void;
}

/** A server search whose answers the test gives by hand, in any order. */
function handResolvedSearch() {
  const calls: Call[] = [];
  const load = vi.fn(
    (query: string, { signal }: { signal: AbortSignal }) =>
      new Promise<Identity[]>((resolve) => {
        calls.push({ query, signal, resolve });
      }),
  );
  return { calls, load };
}

const names = (picker: { itemCount: number; getItem: (index: number) => Identity }) =>
  Array.from({ length: picker.itemCount }, (_, index) => picker.getItem(index).name);

afterEach(() => {
  vi.useRealTimers();
});

describe('useChildPicker', () => {
  describe('given server search', () => {
    function renderServerPicker(load: UseChildPickerOptions['loadCandidates'], debounceMs = 0) {
      return renderHook(() =>
        useChildPicker({ identityId: 'parent', loadCandidates: load, debounceMs, defaultOpen: true }),
      );
    }
    const type = (hook: ReturnType<typeof renderServerPicker>, inputValue: string) =>
      act(() => hook.result.current.dispatch({ type: 'InputChange', inputValue }));

    it('when the user types faster than the debounce, only the last text is sent', async () => {
      vi.useFakeTimers();
      const { calls, load } = handResolvedSearch();
      const hook = renderServerPicker(load, 250);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(300);
      });
      expect(calls.map((call) => call.query)).toEqual(['']);
      for (const text of ['l', 'lu', 'luc']) {
        type(hook, text);
        await act(async () => {
          await vi.advanceTimersByTimeAsync(100);
        });
      }
      expect(hook.result.current.status).toBe('loading');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(250);
      });
      expect(calls.map((call) => call.query)).toEqual(['', 'luc']);
    });

    it('when a newer text is typed, the superseded request is aborted', async () => {
      const { calls, load } = handResolvedSearch();
      const hook = renderServerPicker(load);
      type(hook, 'lu');
      type(hook, 'luc');
      expect(calls.map((call) => [call.query, call.signal.aborted])).toEqual([
        ['', true],
        ['lu', true],
        ['luc', false],
      ]);
    });

    it('when an older answer arrives after the newer one, the list keeps the newer answer', async () => {
      const { calls, load } = handResolvedSearch();
      const hook = renderServerPicker(load);
      type(hook, 'lu');
      type(hook, 'luc');
      const older = calls.find((call) => call.query === 'lu') as Call;
      const newer = calls.find((call) => call.query === 'luc') as Call;
      await act(async () => newer.resolve([person('1', 'Lucía'), person('parent', 'Lucas el padre')]));
      expect(hook.result.current.status).toBe('success');
      expect(names(hook.result.current)).toEqual(['Lucía']);
      await act(async () => older.resolve([person('2', 'Luna'), person('3', 'Lucho')]));
      expect(names(hook.result.current)).toEqual(['Lucía']);
      expect(hook.result.current.status).toBe('success');
    });

    it('while a longer text loads, it shows the last answer narrowed to the new text, never a non-match', async () => {
      const { calls, load } = handResolvedSearch();
      const hook = renderServerPicker(load);
      type(hook, 'lu');
      await act(async () =>
        calls.at(-1)?.resolve([person('1', 'Lucía'), person('2', 'Luna'), person('3', 'Lucho')]),
      );
      type(hook, 'luc');
      expect(hook.result.current.status).toBe('loading');
      expect(names(hook.result.current)).toEqual(['Lucía', 'Lucho']);
    });

    it('when the search fails, the status is error with a KinshipError, and retry sends it again', async () => {
      const load = vi
        .fn()
        .mockRejectedValueOnce(new TypeError('Failed to fetch'))
        .mockResolvedValue([person('1', 'Ana')]);
      const hook = renderServerPicker(load);
      await act(async () => {});
      expect(hook.result.current.status).toBe('error');
      expect(hook.result.current.error?.kind).toBe('network');
      await act(async () => hook.result.current.retry());
      expect(hook.result.current.status).toBe('success');
      expect(names(hook.result.current)).toEqual(['Ana']);
    });

    it('with createIdentitySearch, it asks the Conomy route with the email typed and a page size', async () => {
      const sandbox = createSandbox();
      const search = createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }, { limit: 5 });
      const hook = renderServerPicker(search);
      type(hook, 'contacto@cafeteradelhuila.co.example');
      await waitFor(() => expect(hook.result.current.status).toBe('success'));
      const request = sandbox.requests.at(-1);
      expect(request?.path).toBe('/identities');
      expect(request?.query).toEqual({ email: 'contacto@cafeteradelhuila.co.example', limit: '5' });
      expect(names(hook.result.current)).toEqual(['Cooperativa Cafetera del Huila S.A.S.']);
      expect(hook.result.current.searchableBy).toEqual(['email', 'documentNumber', 'phone']);
    });

    it('with createIdentitySearch and a name, it reports an unsupported search and asks nothing', async () => {
      const sandbox = createSandbox();
      const hook = renderServerPicker(
        createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }),
      );
      type(hook, 'Cafetera');
      await waitFor(() => expect(hook.result.current.isUnsupportedQuery).toBe(true));
      expect(hook.result.current.itemCount).toBe(0);
      expect(sandbox.requests.filter((request) => Object.keys(request.query).includes('q'))).toEqual([]);
    });

    it('loadMore follows next, appends the page, and a new text drops the pages of the old one', async () => {
      const sandbox = createSandbox({ identityCount: 100 });
      const hook = renderServerPicker(
        createIdentitySearch({ baseUrl: '/api/conomy', fetcher: sandbox.fetcher }, { limit: 20 }),
      );
      await waitFor(() => expect(hook.result.current.status).toBe('success'));
      expect(hook.result.current.hasMore).toBe(true);
      const first = hook.result.current.itemCount;
      act(() => {
        hook.result.current.loadMore();
        hook.result.current.loadMore();
      });
      expect(hook.result.current.moreStatus).toBe('loading');
      await waitFor(() => expect(hook.result.current.moreStatus).toBe('success'));
      expect(hook.result.current.itemCount).toBe(first + 20);
      expect(hook.result.current.loadedMoreCount).toBe(20);
      const pages = sandbox.requests.filter((request) => request.query.next !== undefined);
      expect(pages).toHaveLength(1);
      type(hook, 'jose.nunez@example.com');
      await waitFor(() => expect(names(hook.result.current)).toEqual(['José Antonio']));
      expect(hook.result.current.hasMore).toBe(false);
    });
  });

  describe('given the selection trio', () => {
    const candidates = [person('a', 'Ana'), person('b', 'Bea'), person('c', 'Caro')];

    it('when controlled, the value prop wins and onValueChange proposes the next ids in picking order', () => {
      const onValueChange = vi.fn();
      const hook = renderHook(() =>
        useChildPicker({ identityId: 'p', candidates, value: ['c'], onValueChange, defaultOpen: true }),
      );
      act(() => hook.result.current.dispatch({ type: 'ItemClick', index: 0 }));
      expect(onValueChange).toHaveBeenCalledWith(['c', 'a']);
      expect(hook.result.current.selectedIds).toEqual(['c']);
      expect(hook.result.current.selectedItems.map((item) => item.name)).toEqual(['Caro']);
    });

    it('when a host callback throws, the picker state still updates', () => {
      const report = vi.spyOn(console, 'error').mockImplementation(() => {});
      const reportError = globalThis.reportError;
      (globalThis as { reportError?: unknown }).reportError = undefined;
      const hook = renderHook(() =>
        useChildPicker({
          identityId: 'p',
          candidates,
          defaultOpen: true,
          onValueChange: () => {
            throw new Error('host bug');
          },
        }),
      );
      act(() => hook.result.current.dispatch({ type: 'ItemClick', index: 1 }));
      expect(hook.result.current.selectedIds).toEqual(['b']);
      expect(report).toHaveBeenCalled();
      globalThis.reportError = reportError;
      report.mockRestore();
    });

    it('a stateReducer can change a transition: here, picking clears the text', async () => {
      function Picker() {
        const [log] = useState<string[]>([]);
        const picker = useChildPicker({
          identityId: 'p',
          candidates,
          stateReducer: (_state, { type, changes }) => {
            log.push(type);
            return type === 'ItemClick' || type === 'InputKeyDownEnter'
              ? { ...changes, inputValue: '' }
              : changes;
          },
        });
        return (
          <div>
            {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from the prop getter */}
            <label {...picker.getLabelProps()}>People</label>
            <input {...picker.getInputProps()} />
            <div {...picker.getListboxProps()}>
              {picker.rows.map((index) => (
                <div key={index} {...picker.getOptionProps({ index })}>
                  {picker.getItem(index).name}
                </div>
              ))}
            </div>
            <output>{picker.selectedIds.join(',')}</output>
          </div>
        );
      }
      const user = userEvent.setup();
      render(<Picker />);
      const input = screen.getByRole('combobox', { name: 'People' });
      await user.type(input, 'be');
      await user.keyboard('{ArrowDown}{Enter}');
      expect(input).toHaveValue('');
      expect(screen.getByRole('status')).toHaveTextContent('b');
      expect(screen.getByRole('option', { name: 'Bea' })).toHaveAttribute('aria-selected', 'true');
    });
  });

  describe('given the prop getters', () => {
    it('wire the combobox, listbox and options together with ARIA', async () => {
      const hook = renderHook(() =>
        useChildPicker({
          identityId: 'p',
          candidates: [person('a', 'Ana'), person('b', 'Bea')],
          linkedChildIds: ['b'],
        }),
      );
      const closed = hook.result.current.getInputProps();
      expect(closed).toMatchObject({ role: 'combobox', 'aria-expanded': false, 'aria-autocomplete': 'list' });
      expect(closed['aria-activedescendant']).toBeUndefined();
      act(() => hook.result.current.dispatch({ type: 'InputKeyDownArrowDown' }));
      const input = hook.result.current.getInputProps();
      const listbox = hook.result.current.getListboxProps();
      const first = hook.result.current.getOptionProps({ index: 0 });
      const linked = hook.result.current.getOptionProps({ index: 1 });
      expect(input['aria-controls']).toBe(listbox.id);
      expect(input['aria-activedescendant']).toBe(first.id);
      expect(listbox).toMatchObject({ role: 'listbox', 'aria-multiselectable': true });
      expect(first).toMatchObject({
        role: 'option',
        'aria-selected': false,
        'aria-setsize': 2,
        'aria-posinset': 1,
      });
      expect(linked).toMatchObject({ 'aria-disabled': true, 'data-disabled': '' });
    });
  });
});
