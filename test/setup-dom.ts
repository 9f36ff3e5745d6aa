import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadSearchIndex } from '../src/core/picker/searchIndexLoader.js';

// The picker's search index is loaded on demand (a chunk of its own in a partner's bundle). Tests
// about searching start with it loaded, as a page has it moments after mounting; the tests of the
// loading itself (src/hooks/useChildPickerResults.test.tsx) start from fresh modules.
await loadSearchIndex();

afterEach(() => {
  cleanup();
});
