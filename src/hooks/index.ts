// The headless hooks' public names (no markup, no CSS), listed by name: see docs/api.md.
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
  type AddChildFormAlert,
  type AddChildFormFieldOverrides,
  type AddChildFormFieldProps,
  type AddChildFormGroupProps,
  type AddChildFormRetryProps,
  type AddChildFormRoleProps,
  type AddChildFormSubmitProps,
  type UseAddChildFormOptions,
  type UseAddChildFormResult,
  useAddChildForm,
} from './useAddChildForm.js';
export { type UseAddChildrenOptions, type UseAddChildrenResult, useAddChildren } from './useAddChildren.js';
export { type UseChildPickerOptions, type UseChildPickerResult, useChildPicker } from './useChildPicker.js';
export {
  type ChildPickerLinkAlert,
  type ChildPickerLinkOutcome,
  type UseChildPickerLinkOptions,
  type UseChildPickerLinkResult,
  useChildPickerLink,
} from './useChildPickerLink.js';
export { type UseChildrenOptions, type UseChildrenResult, useChildren } from './useChildren.js';
export {
  type UseConsentStatusOptions,
  type UseConsentStatusResult,
  useConsentStatus,
} from './useConsentStatus.js';
export type { MutationResultState } from './useMutation.js';
export {
  type UseRemoveChildrenOptions,
  type UseRemoveChildrenResult,
  useRemoveChildren,
} from './useRemoveChildren.js';
export {
  type UseResendConsentOptions,
  type UseResendConsentResult,
  useResendConsent,
} from './useResendConsent.js';
