// The framework-free core's public names: operations, errors, and the types of their inputs and
// results. Listed by name: this list is the semver contract (docs/api.md says what each one is, and
// test/api.test.ts keeps the two in step). Helpers only the kit uses stay unexported.

export type { AlertMessage } from './alert.js';
export { preloadAnswerChecks } from './answerChecksLoader.js';
export {
  type AddChildrenInput,
  addChildren,
  type ConomyConfig,
  type GetIdentityInput,
  getIdentity,
  type OperationOptions,
  type RemoveChildrenInput,
  removeChildren,
  searchIdentities,
} from './conomy.js';
export type { ConsentStatusRecord } from './consent.js';
export { type GetConsentStatusInput, getConsentStatus } from './consentStatus.js';
export {
  isKinshipError,
  KINSHIP_ERROR_KINDS,
  KinshipError,
  type KinshipErrorDetails,
  type KinshipErrorKind,
  type KinshipErrorReason,
  type KinshipOperation,
} from './errors.js';
export type { KinshipEvent } from './events.js';
export type {
  AddChildFormConfig,
  AddChildFormField,
  AddChildFormFieldsOption,
  AddChildFormInputName,
  AddChildFormRole,
  AddChildFormValues,
  AgeInput,
  FieldRequirement,
} from './form/config.js';
export type { DatePart } from './form/dateParts.js';
export type {
  AddChildFormAction,
  AddChildFormState,
  AddChildFormStatus,
} from './form/reducer.js';
export type { AddChildFormFieldErrors, UnplacedFieldError } from './form/validate.js';
export type { Fetcher, ServiceConfig } from './http.js';
export {
  classifyIdentitySearch,
  type IdentitySearchField,
  type IdentitySearchTerm,
} from './identityQuery.js';
export type {
  CandidateLoadStatus,
  CandidateMoreStatus,
  CandidatePage,
  LoadCandidates,
  LoadCandidatesOptions,
} from './picker/candidateLoader.js';
export { createIdentitySearch, type IdentitySearchOptions } from './picker/identitySearch.js';
export type {
  PickerAction,
  PickerActionAndChanges,
  PickerActionType,
  PickerState,
  PickerStateReducer,
} from './picker/reducer.js';
export type { VirtualWindow } from './picker/virtualWindow.js';
export {
  addChildAccount,
  type ResendConsentAnswer,
  type ResendConsentInput,
  resendConsent,
} from './privo.js';
export type {
  AddChildAccountInput,
  AddChildAccountResult,
  ChildAccount,
  Identity,
  IdentityChild,
  IdentityPage,
  IdentitySearchQuery,
  IdentityStatus,
  IdentityType,
  KnownIdentityStatus,
} from './schemas.js';
export type { AddChildAccountField, FieldErrorCode, FieldErrors } from './validation.js';
