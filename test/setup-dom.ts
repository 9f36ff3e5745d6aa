import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { loadSearchIndex } from '../src/core/picker/searchIndexLoader.js';
import { failOnActWarnings, startRecordingActWarnings, stopRecordingActWarnings } from './act-warnings.js';

// The picker's search index is loaded on demand (a chunk of its own in a partner's bundle). Tests
// about searching start with it loaded, as a page has it moments after mounting; the tests of the
// loading itself (src/hooks/useChildPickerResults.test.tsx) start from fresh modules.
await loadSearchIndex();

// findBy…/waitFor give up after 10 s, not Testing Library's 1 s: on a busy machine (2 cores shared
// by several test runs) a sandbox answer plus a render can take longer than 1 s. A test that must
// see something happen *within* a time uses fake timers instead.
configure({ asyncUtilTimeout: 10_000 });

// A test that makes React print "not wrapped in act(…)" fails with the warning's text.
beforeEach(() => {
  startRecordingActWarnings();
});

// Registered first, so it runs after the test files' own afterEach hooks.
afterEach(() => {
  cleanup();
  try {
    failOnActWarnings();
  } finally {
    stopRecordingActWarnings();
  }
});
