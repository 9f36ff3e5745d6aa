// The framework-free core: operations, schemas, errors, validation, the mutation observer.
export {
  type AddChildrenInput,
  addChildren,
  CONOMY_API_VERSION,
  type ConomyConfig,
  type OperationOptions,
  searchIdentities,
} from './conomy.js';
export {
  isKinshipError,
  KINSHIP_ERROR_KINDS,
  KinshipError,
  type KinshipErrorDetails,
  type KinshipErrorKind,
  type KinshipErrorReason,
  type KinshipOperation,
  toKinshipError,
} from './errors.js';
export * from './form/index.js';
export {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  type Fetcher,
  FORM_ERROR_KEY,
  joinUrl,
  parseRetryAfter,
  type ServiceConfig,
} from './http.js';
export {
  MutationController,
  type MutationControllerOptions,
  type MutationState,
  type MutationStatus,
} from './mutation.js';
export * from './picker/index.js';
export { addChildAccount, type ResendConsentInput, resendConsent, safeConsentUrl } from './privo.js';
export {
  type AddChildAccountInput,
  type AddChildAccountResult,
  addChildAccountInputSchema,
  type ChildAccount,
  childAccountSchema,
  type Identity,
  type IdentityChild,
  type IdentityPage,
  type IdentitySearchQuery,
  type IdentityStatus,
  type IdentityType,
  identitySchema,
  KNOWN_IDENTITY_STATUSES,
  type KnownIdentityStatus,
} from './schemas.js';
export {
  ADD_CHILD_ACCOUNT_FIELDS,
  type AddChildAccountField,
  birthDateFromParts,
  checkBirthDate,
  type FieldErrorCode,
  type FieldErrors,
  isEmail,
  validateAddChildAccountInput,
  validateAddChildrenInput,
} from './validation.js';
