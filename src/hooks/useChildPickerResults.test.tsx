import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSearchIndex } from '../core/picker/searchIndex.js';
import type { Identity } from '../core/schemas.js';

// The search index is loaded on demand. These tests start from fresh modules (the dom setup loads
// it for every other test), so the picker mounts with the index not loaded yet, as on a real page.
beforeEach(() => {
  vi.resetModules();
});

async function freshPicker() {
  const { useChildPicker } = await import('./useChildPicker.js');
  const loader = await import('../core/picker/searchIndexLoader.js');
  return { useChildPicker, loader };
}

const person = (id: string, name: string, fields: Partial<Identity> = {}) =>
  ({ id, name, type: 'USER', status: 'ACTIVE', children: [], ...fields }) as Identity;

const CANDIDATES: readonly Identity[] = [
  person('parent', 'Lucía', { lastname: 'Madre' }),
  person('1', 'Tomás', { lastname: 'Lucero' }),
  person('2', 'Ana', { lastname: 'Soto', nickname: 'Anita' }),
  person('3', 'Lucía', { lastname: 'Pérez' }),
  person('4', 'Mariana', { lastname: 'Sosa', nickname: 'Ana' }),
  person('5', 'José Antonio', { lastname: 'Núñez', email: 'lucho@example.com' }),
  person('6', 'Pedro', { documentNumber: '17.604.011-4' }),
];

/** What the index itself answers for a text: the names in rank order. */
const expectedNames = (text: string) => {
  const index = createSearchIndex(CANDIDATES, { excludeIds: ['parent'] });
  return Array.from(index.search(text).indices, (position) => CANDIDATES[position]?.name);
};

type Picker = {
  itemCount: number;
  getItem: (index: number) => Identity;
};
const names = (picker: Picker) =>
  Array.from({ length: picker.itemCount }, (_, index) => picker.getItem(index).name);

describe('useChildPicker with candidates, before its search index has loaded', () => {
  it('given the index not loaded, text typed at once shows no wrong options: it is loading, then the same ranked result the index gives', async () => {
    const { useChildPicker, loader } = await freshPicker();
    const hook = renderHook(() =>
      useChildPicker({ identityId: 'parent', candidates: CANDIDATES, defaultOpen: true }),
    );
    expect(loader.loadedSearchIndex()).toBeUndefined();
    act(() => hook.result.current.dispatch({ type: 'InputChange', inputValue: 'luc' }));
    expect(loader.loadedSearchIndex()).toBeUndefined();
    expect(hook.result.current.status).toBe('loading');
    expect(hook.result.current.isStale).toBe(true);
    expect(hook.result.current.itemCount).toBe(0);
    await waitFor(() => expect(hook.result.current.status).toBe('success'));
    expect(hook.result.current.isStale).toBe(false);
    expect(names(hook.result.current)).toEqual(expectedNames('luc'));
    expect(names(hook.result.current)).toEqual(['Lucía', 'Tomás', 'José Antonio']);
  });

  it('given the index not loaded, opening lists every candidate but the parent, in order, as the index does once loaded', async () => {
    const { useChildPicker, loader } = await freshPicker();
    const hook = renderHook(() => useChildPicker({ identityId: 'parent', candidates: CANDIDATES }));
    act(() => hook.result.current.dispatch({ type: 'ToggleButtonClick' }));
    expect(loader.loadedSearchIndex()).toBeUndefined();
    expect(hook.result.current.status).toBe('success');
    const before = names(hook.result.current);
    expect(before).toEqual(expectedNames(''));
    expect(before).not.toContain('Madre');
    expect(hook.result.current.itemCount).toBe(CANDIDATES.length - 1);
    await waitFor(() => expect(loader.loadedSearchIndex()).toBeDefined());
    await waitFor(() => expect(names(hook.result.current)).toEqual(before));
  });

  it('given a closed picker, the index loads after mounting without any interaction, and the first keystroke is then answered in the same render', async () => {
    const { useChildPicker, loader } = await freshPicker();
    const hook = renderHook(() => useChildPicker({ identityId: 'parent', candidates: CANDIDATES }));
    expect(loader.loadedSearchIndex()).toBeUndefined();
    await waitFor(() => expect(loader.loadedSearchIndex()).toBeDefined());
    act(() => hook.result.current.dispatch({ type: 'InputChange', inputValue: 'ana' }));
    expect(hook.result.current.status).toBe('success');
    expect(hook.result.current.isStale).toBe(false);
    expect(names(hook.result.current)).toEqual(expectedNames('ana'));
    expect(names(hook.result.current)).toEqual(['Ana', 'Mariana']);
  });

  it('given the index chunk fails to load, a search reports a network error instead of loading forever, and retry loads it', async () => {
    vi.doMock('../core/picker/searchIndex.js', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { useChildPicker } = await freshPicker();
    const hook = renderHook(() =>
      useChildPicker({ identityId: 'parent', candidates: CANDIDATES, defaultOpen: true }),
    );
    act(() => hook.result.current.dispatch({ type: 'InputChange', inputValue: 'ana' }));
    await waitFor(() => expect(hook.result.current.status).toBe('error'));
    expect(hook.result.current.error).toMatchObject({ name: 'KinshipError', kind: 'network' });
    expect(hook.result.current.itemCount).toBe(0);
    vi.doUnmock('../core/picker/searchIndex.js');
    act(() => hook.result.current.retry());
    await waitFor(() => expect(hook.result.current.status).toBe('success'));
    expect(names(hook.result.current)).toEqual(['Ana', 'Mariana']);
  });
});

describe('useChildPicker with server search, before its module has loaded', () => {
  it('given candidates (local mode), when the picker mounts and searches, it never loads the server search module', async () => {
    const { useChildPicker, loader } = await freshPicker();
    const hook = renderHook(() =>
      useChildPicker({ identityId: 'parent', candidates: CANDIDATES, defaultOpen: true }),
    );
    act(() => hook.result.current.dispatch({ type: 'InputChange', inputValue: 'ana' }));
    await waitFor(() => expect(hook.result.current.status).toBe('success'));
    expect(loader.loadedSearchIndex()).toBeDefined();
    expect(loader.candidateLoaderModule.loaded()).toBeUndefined();
  });

  it('given loadCandidates, when the open picker mounts, it is loading until the module has loaded, then sends the query once and lists the answer', async () => {
    const { useChildPicker, loader } = await freshPicker();
    const load = vi.fn(() => Promise.resolve([CANDIDATES[2] as Identity]));
    const hook = renderHook(() =>
      useChildPicker({ identityId: 'parent', loadCandidates: load, debounceMs: 0, defaultOpen: true }),
    );
    expect(loader.candidateLoaderModule.loaded()).toBeUndefined();
    expect(hook.result.current.status).toBe('loading');
    expect(hook.result.current.itemCount).toBe(0);
    expect(load).not.toHaveBeenCalled();
    await waitFor(() => expect(hook.result.current.status).toBe('success'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('', expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(names(hook.result.current)).toEqual(['Ana']);
  });

  it('given the server search module fails to load, the open picker reports a network error, and retry loads it and sends the query', async () => {
    vi.doMock('../core/picker/candidateLoader.js', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { useChildPicker } = await freshPicker();
    const load = vi.fn(() => Promise.resolve([CANDIDATES[2] as Identity]));
    const hook = renderHook(() =>
      useChildPicker({ identityId: 'parent', loadCandidates: load, debounceMs: 0, defaultOpen: true }),
    );
    await waitFor(() => expect(hook.result.current.status).toBe('error'));
    expect(hook.result.current.error).toMatchObject({ name: 'KinshipError', kind: 'network' });
    expect(load).not.toHaveBeenCalled();
    vi.doUnmock('../core/picker/candidateLoader.js');
    act(() => hook.result.current.retry());
    await waitFor(() => expect(hook.result.current.status).toBe('success'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(names(hook.result.current)).toEqual(['Ana']);
  });
});
