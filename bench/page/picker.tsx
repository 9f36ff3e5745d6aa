/// <reference types="vite/client" />
/**
 * The ChildPicker with N sandbox-generated candidates, as a partner would mount it. A keystroke
 * counts as shown once the listbox is not busy and holds that text's result: the right number of
 * matches (aria-setsize) and the right first match, both taken from an independent search index.
 */
import '../../src/theme/tokens.css';
import '../../src/theme/badge.css';
import '../../src/theme/picker.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
// The search index is internal: the bench times it directly, next to the public component.
import { createSearchIndex } from '../../src/core/picker/searchIndex.js';
import { ChildPicker, KinshipProvider } from '../../src/index.js';
import { candidates, installBench, parentId } from './harness.js';

const conomy = { baseUrl: '/api/conomy', fetcher: () => Promise.reject(new TypeError('offline bench')) };

// Expected results come from an independent index, built and dropped by run.mjs's `__prepare` call
// after the heap is measured and before any keystroke is timed.
const expected = new Map<string, { count: number; first: string }>();
function prepare(texts: string[]): void {
  const oracle = createSearchIndex(candidates, { excludeIds: [parentId], cacheSize: 0 });
  for (const text of texts) {
    const result = oracle.search(text);
    const first = oracle.identities[result.indices[0] ?? -1];
    expected.set(text, { count: result.count, first: first?.name ?? '' });
  }
}
(window as unknown as { __prepare: typeof prepare }).__prepare = prepare;

function App() {
  return (
    <KinshipProvider conomy={conomy}>
      <main style={{ padding: 24, maxWidth: 560 }}>
        <ChildPicker identityId={parentId} candidates={candidates} />
      </main>
    </KinshipProvider>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
installBench(
  () => flushSync(() => root.render(<App />)),
  (text) => {
    const input = document.querySelector<HTMLInputElement>('[role="combobox"]');
    const listbox = document.querySelector('[role="listbox"]');
    if (!input || !listbox || input.value !== text || listbox.getAttribute('aria-busy') === 'true')
      return false;
    const entry = expected.get(text);
    if (!entry) throw new Error(`no expectation for "${text}"`);
    const { count, first } = entry;
    const option = listbox.querySelector('[role="option"]');
    if (count === 0) return option === null;
    return (
      option?.getAttribute('aria-setsize') === String(count) && (option.textContent ?? '').includes(first)
    );
  },
);
