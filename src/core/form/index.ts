// The add-child form without React: configuration, the neutral age screen's date order, rules, reducer.

export { type AlertAction, type AlertMessage, alertAction, alertMessages } from '../alert.js';
export {
  ADD_CHILD_FORM_FIELDS,
  type AddChildFormConfig,
  type AddChildFormConfigOptions,
  type AddChildFormField,
  type AddChildFormFieldsOption,
  type AddChildFormInputName,
  type AddChildFormRole,
  type AddChildFormValues,
  type AgeInput,
  EMPTY_ADD_CHILD_FORM_VALUES,
  type FieldRequirement,
  fieldOfInput,
  resolveAddChildFormConfig,
  visibleFields,
} from './config.js';
export { type DatePart, datePartOrder } from './dateParts.js';
// The QR drawing (qr.ts, with its encoder) is left out here on purpose: it belongs to the styled
// ConsentHandoff, and keeping it out keeps `kinship-kit/headless` small.
export {
  type AddChildFormAction,
  AddChildFormActionTypes,
  type AddChildFormState,
  type AddChildFormStatus,
  addChildFormReducer,
  initialAddChildFormState,
  visibleFieldErrors,
} from './reducer.js';
export {
  type AddChildFormFieldErrors,
  type AddChildFormValidation,
  buildAddChildAccountInput,
  formFieldOfWireField,
  placeFieldErrors,
  serverFieldErrorsByField,
  type UnplacedFieldError,
  validateAddChildForm,
} from './validate.js';
