// Headless hooks: no markup, no CSS.
export {
  type KinshipContextValue,
  KinshipProvider,
  type KinshipProviderProps,
  useKinshipConfig,
} from './KinshipProvider.js';
export {
  type UseAddChildAccountOptions,
  type UseAddChildAccountResult,
  useAddChildAccount,
} from './useAddChildAccount.js';
export {
  type AddChildFormFieldProps,
  type UseAddChildFormOptions,
  type UseAddChildFormResult,
  useAddChildForm,
} from './useAddChildForm.js';
export { type UseAddChildrenOptions, type UseAddChildrenResult, useAddChildren } from './useAddChildren.js';
// `createIdentitySearch` comes from the core (core/picker): re-exporting it from the client module
// too would give a Server Component two different bindings of one name.
export {
  DEFAULT_PICKER_ROW_HEIGHT,
  type IdentitySearchOptions,
  type LoadCandidates,
  type PickerAction,
  type PickerActionAndChanges,
  type PickerState,
  type PickerStateReducer,
  type UseChildPickerOptions,
  type UseChildPickerResult,
  useChildPicker,
} from './useChildPicker.js';
export type { MutationResultState } from './useMutation.js';
