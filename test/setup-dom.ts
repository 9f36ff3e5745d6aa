import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { dialogParts } from '../src/components/lazyDialog.js';
import { answerChecksModule } from '../src/core/answerChecksLoader.js';
import { candidateLoaderModule, searchIndexModule } from '../src/core/picker/searchIndexLoader.js';
import { failOnActWarnings, startRecordingActWarnings, stopRecordingActWarnings } from './act-warnings.js';

// The picker's search index and server search, and the answer checks every request waits for, are
// loaded on demand (chunks of their own in a partner's bundle). Tests start with them loaded, as a
// page has them moments after mounting (the provider and the hooks start the answer checks' load);
// the tests of the loading itself (src/hooks/useChildPickerResults.test.tsx,
// src/hooks/answerChecksLoad.test.tsx, src/components/lazyDialog.test.tsx) start from fresh modules.
// Radix Dialog too: a page loads it as soon as a dialog's opener is hovered or focused.
await Promise.all([
  searchIndexModule.load(),
  candidateLoaderModule.load(),
  answerChecksModule.load(),
  dialogParts.load(),
]);

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
