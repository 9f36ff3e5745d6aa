// The picker's framework-free core: search index, state reducer, window math, server search.
export {
  CandidateLoader,
  type CandidateLoaderOptions,
  type CandidateLoaderState,
  type CandidateLoadStatus,
  type CandidateMoreStatus,
  type CandidatePage,
  type LoadCandidates,
  type LoadCandidatesOptions,
} from './candidateLoader.js';
export { createIdentitySearch, type IdentitySearchOptions } from './identitySearch.js';
export { normalizeKey, normalizeQuery } from './normalize.js';
export {
  findEnabledIndex,
  INITIAL_PICKER_STATE,
  type PickerAction,
  type PickerActionAndChanges,
  type PickerActionType,
  type PickerContext,
  type PickerState,
  type PickerStateReducer,
  pickerReducer,
  reducePickerState,
} from './reducer.js';
export {
  createSearchIndex,
  identitySearchText,
  type MatchRank,
  type SearchIndex,
  type SearchIndexOptions,
  type SearchResult,
} from './searchIndex.js';
export {
  FALLBACK_WINDOW_SIZE,
  getFallbackWindow,
  getVirtualWindow,
  isInWindow,
  scrollTopToReveal,
  type VirtualWindow,
  type VirtualWindowInput,
} from './virtualWindow.js';
