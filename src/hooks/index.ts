// Headless hooks: no markup, no CSS.
export {
  type KinshipContextValue,
  KinshipProvider,
  type KinshipProviderProps,
  type KinshipTheme,
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
export {
  createIdentitySearch,
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
