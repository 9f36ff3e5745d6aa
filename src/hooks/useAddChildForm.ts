'use client';

import {
  type ChangeEvent,
  type FocusEvent,
  type FormEvent,
  type MouseEvent,
  useCallback,
  useEffect,
  useId,
  useReducer,
  useRef,
} from 'react';
import type { KinshipError } from '../core/errors.js';
import { offlineError } from '../core/errors.js';
import {
  type AddChildFormAction,
  type AddChildFormConfig,
  type AddChildFormField,
  type AddChildFormFieldErrors,
  type AddChildFormFieldsOption,
  type AddChildFormInputName,
  type AddChildFormRole,
  type AddChildFormState,
  type AddChildFormStatus,
  type AddChildFormValues,
  type AgeInput,
  type AlertAction,
  type AlertMessage,
  addChildFormReducer,
  alertAction,
  alertMessages,
  type DatePart,
  datePartOrder,
  fieldOfInput,
  initialAddChildFormState,
  placeFieldErrors,
  resolveAddChildFormConfig,
  serverFieldErrorsByField,
  type UnplacedFieldError,
  validateAddChildForm,
  visibleFieldErrors,
  visibleFields,
} from '../core/form/index.js';
import type { ServiceConfig } from '../core/http.js';
import { callHost } from '../core/mutation.js';
import { safeConsentUrl } from '../core/privo.js';
import type { AddChildAccountResult } from '../core/schemas.js';
import { composeEventHandlers, joinClassNames, useIsomorphicLayoutEffect } from './internal/dom.js';
import { useKinshipConfig } from './KinshipProvider.js';
import { useAddChildAccountController } from './useAddChildAccount.js';
import { useCooldown } from './useAddChildFormCooldown.js';
import { readIsOffline, useIsOffline } from './useIsOffline.js';
import { useResendConsent } from './useResendConsent.js';

/** Options of `useAddChildForm`. */
export interface UseAddChildFormOptions {
  /** The parent's email when the host knows it: sent, not asked. A blank string counts as not given. */
  parentEmail?: string;
  /** How the child's age is asked (PRIVO partner configuration). @default 'birthDate' */
  ageInput?: AgeInput;
  /** The partner's roles, offered as radio buttons when `ageInput` is `'role'`. @default [] */
  roles?: readonly AddChildFormRole[];
  /** Which optional attributes are asked, and whether they must be filled in. */
  fields?: AddChildFormFieldsOption;
  /** Overrides the provider's PRIVO config. */
  privo?: ServiceConfig;
  /**
   * Where the parent manages their PRIVO account, to add further children there (PRIVO's
   * `/api/account` serves only an adult without children: DOMAIN.md). Used only when it is an
   * absolute http(s) URL (the `safeConsentUrl` rule); anything else is ignored.
   */
  parentAccountUrl?: string;
  /** Called once the account exists, with its checked `consentUrl`. A throw here is reported only. */
  onCreated?: (result: AddChildAccountResult) => void;
  /**
   * Called when `status` changes (not on mount), e.g. to keep a dialog open while `'pending'`.
   * A throw here is reported only.
   */
  onStatusChange?: (status: AddChildFormStatus) => void;
  /** Values the form starts with (and goes back to on `reset()`). */
  defaultValues?: Partial<AddChildFormValues>;
  /** Prefix of the ids of the inputs and messages. @default React's `useId()` */
  id?: string;
  /**
   * Overrides any transition (Downshift's `stateReducer`): receives the current state and the
   * action with the `changes` the kit would make; returns the state to use.
   */
  stateReducer?: (
    state: AddChildFormState,
    actionAndChanges: AddChildFormAction & { changes: AddChildFormState },
  ) => AddChildFormState;
}

/** Host handlers and attributes merged into a field's props (the host's handler runs first). */
export interface AddChildFormFieldOverrides {
  onChange?: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement | HTMLSelectElement>) => void;
  /** Extra ids (the host's own hint), before the kit's. */
  'aria-describedby'?: string;
}

/** Props for an `<input>` or `<select>` of the form. */
export interface AddChildFormFieldProps {
  id: string;
  name: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
  onBlur: (event: FocusEvent<HTMLInputElement | HTMLSelectElement>) => void;
  ref: (element: HTMLElement | null) => void;
  /** Required by configuration (the form has `noValidate`: the kit's rules decide, not the browser's). */
  required: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props for one role radio button. */
export interface AddChildFormRoleProps {
  type: 'radio';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
  ref: (element: HTMLElement | null) => void;
  required: boolean;
}

/** Props for the `<fieldset>` of the birth date or of the roles. */
export interface AddChildFormGroupProps {
  id: string;
  /** `radiogroup` for the roles; none for the date (a `<fieldset>` is a group already). */
  role: 'radiogroup' | undefined;
  'aria-labelledby': string;
  'aria-describedby': string | undefined;
  /** Only on the role radio group (ARIA allows `aria-invalid` there, not on a plain group). */
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

/** Props for the submit button: inert while pending without losing focus (`aria-disabled`, not `disabled`). */
export interface AddChildFormSubmitProps {
  type: 'submit';
  'aria-busy': true | undefined;
  'aria-disabled': true | undefined;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** Props for the alert's retry button. */
export interface AddChildFormRetryProps {
  type: 'button';
  'aria-disabled': true | undefined;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** What the alert region says: the failure's lines and the errors that have no field on screen. */
export interface AddChildFormAlert {
  /** Catalogue keys (with values) to show, first the main message. */
  messages: AlertMessage[];
  /**
   * What the alert offers: `'retry'` (a "Try again" button, for any failure) or `'parent-account'`
   * (PRIVO's 208: the adult already has a child; no retry, point to the parent's PRIVO account,
   * `parentAccountUrl`, when known).
   */
  action: AlertAction | null;
  /** Errors for hidden or unknown fields (a host-given `parentEmail`, a server's `form` message). */
  unplaced: UnplacedFieldError[];
}

/** What `useAddChildForm` returns. */
export interface UseAddChildFormResult {
  /** The resolved configuration: a requirement for every field. */
  config: AddChildFormConfig;
  /** The fields on screen, in order. */
  fields: AddChildFormField[];
  /** The role choices (when `ageInput` is `'role'`). */
  roles: readonly AddChildFormRole[];
  /** Order of the day, month and year inputs for the provider's locale. */
  dateParts: readonly DatePart[];
  /** What the user typed. Never cleared by an error. */
  values: AddChildFormValues;
  /** The errors to show per visible field: codes (`fieldError.<code>`) or server messages. */
  errors: AddChildFormFieldErrors;
  /** Where the submission stands. */
  status: AddChildFormStatus;
  isIdle: boolean;
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
  /** The created account (with its checked `consentUrl`) once `status` is `success`. */
  result: AddChildAccountResult | null;
  /** The last failure while `status` is `error`. */
  error: KinshipError | null;
  /** Contents of the `role="alert"` region, or `null` when there is nothing to say there. */
  alert: AddChildFormAlert | null;
  /** Submit attempts so far. */
  submitCount: number;
  /** `navigator.onLine === false`; follows the `online`/`offline` events. */
  isOffline: boolean;
  /**
   * Retry is possible: there is an error that a retry can fix (not PRIVO's 208), the browser is
   * online and no rate limit wait is running.
   */
  canRetry: boolean;
  /** The checked `parentAccountUrl` (absolute http(s) only), else `null`. */
  parentAccountUrl: string | null;
  /**
   * After a success, whether `reset()` can lead to another account: only when the parent's email
   * is typed in the form (a child for another parent). With a host-given `parentEmail` that adult
   * now has a child, and PRIVO answers 208 to a second one: further children are added from the
   * parent's PRIVO account instead.
   */
  canAddForAnotherParent: boolean;
  /** Seconds left before a rate-limited retry is allowed (0 when none). */
  retryWaitSeconds: number;
  /** Ids of the parts, for labels and descriptions. */
  ids: {
    form: string;
    alert: string;
    field: (name: AddChildFormInputName) => string;
    label: (field: AddChildFormField) => string;
    error: (field: AddChildFormField) => string;
    hint: (field: AddChildFormField) => string;
  };
  /** Props for an input or select. */
  getFieldProps: (
    name: AddChildFormInputName,
    overrides?: AddChildFormFieldOverrides,
  ) => AddChildFormFieldProps;
  /** Props for one role radio button. */
  getRoleProps: (identifier: string, index: number) => AddChildFormRoleProps;
  /** Props for the fieldset of the birth date or of the roles. */
  getGroupProps: (field: 'birthDate' | 'roleIdentifier') => AddChildFormGroupProps;
  /** Props for the `<form>`: `noValidate` and the submit handler. */
  getFormProps: () => { id: string; noValidate: true; onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  /** Props for the submit button. */
  getSubmitProps: (overrides?: {
    onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  }) => AddChildFormSubmitProps;
  /** Props for the alert's retry button. */
  getRetryProps: (overrides?: {
    onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  }) => AddChildFormRetryProps;
  /** Validates and sends; focus moves to the first invalid field when the rules refuse. One request per submission. */
  submit: () => void;
  /** Sends the same form again after a failure (ignored while offline or during a rate-limit wait). */
  retry: () => void;
  /** Starts over (e.g. "Add another child") with `defaultValues`; focus goes to the first field. */
  reset: () => void;
  /** Moves focus to a field (the first date part, or the checked/first role). */
  focusField: (field: AddChildFormField) => void;
  /**
   * After a success: asks PRIVO (through the host's backend, with `useResendConsent`) to send the
   * consent email again, for the created child (`requesterServiceId`: its service id) and its
   * parent (`email`: the parent's email), as PRIVO requires both. One request at a time (a call
   * while one is pending joins it). Rejects with a `KinshipError` (e.g. `rate-limited` with
   * `retryAfterMs`; `validation` when there is no created account or it carried no service id).
   */
  resendConsent: () => Promise<void>;
}

const PART_INPUT: Record<DatePart, AddChildFormInputName> = {
  day: 'birthDay',
  month: 'birthMonth',
  year: 'birthYear',
};
const ROLE_KEY = 'role:';

type FocusRequest = 'invalid' | 'first' | null;

/**
 * The headless add-child form: values, errors per field (the core's rules once a field is left or
 * after a submit, and the server's until the field is edited), prop getters with ids and ARIA
 * wiring, focus on the first invalid field, and a submission through `useAddChildAccount` that
 * sends exactly one request per submit, never clears what was typed, says when the browser is
 * offline (without sending) and offers a retry when it is back online.
 */
export function useAddChildForm(options: UseAddChildFormOptions = {}): UseAddChildFormResult {
  const { locale } = useKinshipConfig();
  const generatedId = useId();
  const baseId = options.id ?? `kinship-form-${generatedId.replace(/[^\w-]/g, '')}`;
  const config = resolveAddChildFormConfig(options);
  const roles = options.roles ?? [];
  const dateParts = datePartOrder(locale);
  const cooldown = useCooldown();
  const isOffline = useIsOffline();

  const stateReducer = options.stateReducer;
  const [state, dispatch] = useReducer(
    (current: AddChildFormState, action: AddChildFormAction) => {
      const changes = addChildFormReducer(current, action);
      return stateReducer ? stateReducer(current, { ...action, changes }) : changes;
    },
    options.defaultValues,
    initialAddChildFormState,
  );

  // Stable callbacks read the latest render through this ref.
  const latest = useRef({ state, config, options, dateParts, isOffline, canRetry: false });
  const elements = useRef(new Map<string, HTMLElement>());
  const refCallbacks = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const focusRequest = useRef<FocusRequest>(null);

  const ruleErrors = validateAddChildForm(state.values, config).fieldErrors;
  const { placed: errors, unplaced } = placeFieldErrors(visibleFieldErrors(state, ruleErrors), config);
  const fields = visibleFields(config);

  let alert: AddChildFormAlert | null = null;
  const action = state.error ? alertAction(state.error) : null;
  if (state.error) {
    const server = placeFieldErrors(serverFieldErrorsByField(state.error.fieldErrors), config);
    const onlyFieldErrors = Object.keys(server.placed).length > 0 && server.unplaced.length === 0;
    if (!onlyFieldErrors) alert = { messages: alertMessages(state.error, isOffline), unplaced, action };
  } else if (unplaced.length > 0) {
    alert = { messages: [{ key: 'error.validation' }], unplaced, action: null };
  }
  const canRetry = state.status === 'error' && action === 'retry' && !isOffline && !cooldown.isCoolingDown;
  const parentAccountUrl = safeConsentUrl(options.parentAccountUrl);
  latest.current = { state, config, options, dateParts, isOffline, canRetry };

  // The request's lifecycle (one at a time, aborted on unmount, stale answers ignored, Strict Mode)
  // is the controller's; its callbacks carry the answer into the form's state.
  const privo = options.privo ? { privo: options.privo } : {};
  const { controller: account } = useAddChildAccountController(
    {
      ...privo,
      onSuccess: (result) => {
        dispatch({ type: 'SubmitSuccess', result });
        callHost(latest.current.options.onCreated, result);
      },
      onError: (error) => {
        if (error.kind === 'rate-limited' && error.retryAfterMs) cooldown.start(error.retryAfterMs);
        const placed = placeFieldErrors(
          serverFieldErrorsByField(error.fieldErrors),
          latest.current.config,
        ).placed;
        if (Object.keys(placed).length > 0) focusRequest.current = 'invalid';
        dispatch({ type: 'SubmitFailure', error });
      },
    },
    'useAddChildForm',
  );
  const consent = useResendConsent(privo);

  const previousStatus = useRef(state.status);
  useEffect(() => {
    if (previousStatus.current === state.status) return;
    previousStatus.current = state.status;
    callHost(latest.current.options.onStatusChange, state.status);
  }, [state.status]);

  const ids = {
    form: baseId,
    alert: `${baseId}-alert`,
    field: (name: AddChildFormInputName) => `${baseId}-${name}`,
    label: (field: AddChildFormField) => `${baseId}-${field}-label`,
    error: (field: AddChildFormField) => `${baseId}-${field}-error`,
    hint: (field: AddChildFormField) => `${baseId}-${field}-hint`,
  };

  const register = useCallback((key: string) => {
    let callback = refCallbacks.current.get(key);
    if (!callback) {
      callback = (element: HTMLElement | null) => {
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      };
      refCallbacks.current.set(key, callback);
    }
    return callback;
  }, []);

  const focusField = useCallback((field: AddChildFormField) => {
    const map = elements.current;
    let element: HTMLElement | undefined;
    if (field === 'birthDate') {
      const first = latest.current.dateParts[0] ?? 'day';
      element = map.get(PART_INPUT[first]);
    } else if (field === 'roleIdentifier') {
      const radios = [...map.entries()].filter(([key]) => key.startsWith(ROLE_KEY)).map(([, value]) => value);
      element = radios.find((radio) => (radio as HTMLInputElement).checked) ?? radios[0];
    } else {
      element = map.get(field);
    }
    element?.focus();
  }, []);

  // After a refused submit, a failure with field errors, or a reset: move focus once the DOM shows it.
  useIsomorphicLayoutEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    focusRequest.current = null;
    const target = request === 'first' ? fields[0] : fields.find((field) => errors[field]);
    if (target) focusField(target);
  });

  const submit = useCallback(() => {
    const { state: current, config: currentConfig } = latest.current;
    // Enter held down or a double click: one submission at a time. The controller's state is read
    // synchronously, so a second Enter before the next render sends nothing either.
    if (account.getState().status === 'pending' || current.status === 'pending') return;
    const validation = validateAddChildForm(current.values, currentConfig);
    dispatch({ type: 'Submit', isValid: validation.input !== null });
    if (validation.input === null) {
      focusRequest.current = 'invalid';
      return;
    }
    if (readIsOffline()) {
      // Nothing is sent, so nothing "may have been created": say offline, retry once back online.
      dispatch({
        type: 'SubmitFailure',
        error: offlineError('addChildAccount'),
      });
      return;
    }
    account.mutate(validation.input);
  }, [account]);

  const retry = useCallback(() => {
    if (!latest.current.canRetry) return;
    submit();
  }, [submit]);

  const reset = useCallback(() => {
    account.reset();
    consent.reset();
    cooldown.start(0);
    focusRequest.current = 'first';
    dispatch({ type: 'Reset', values: latest.current.options.defaultValues });
  }, [account, consent.reset, cooldown.start]);

  const { resendConsentAsync } = consent;
  const resend = useCallback(async () => {
    const { state: current, config: currentConfig } = latest.current;
    const entity = current.result?.entity;
    // PRIVO needs the child and the parent: the hook refuses (sends nothing) when either is missing.
    await resendConsentAsync({
      requesterServiceId: entity?.serviceId ?? entity?.id ?? '',
      email: currentConfig.parentEmail ?? current.values.parentEmail.trim(),
    });
  }, [resendConsentAsync]);

  const describedBy = (field: AddChildFormField, extra?: string): string | undefined => {
    // An id reference list is space-separated tokens, like a class list.
    return joinClassNames(
      extra,
      config.fields[field] === 'optional' && ids.hint(field),
      errors[field] && ids.error(field),
    );
  };

  const getFieldProps = (
    name: AddChildFormInputName,
    overrides: AddChildFormFieldOverrides = {},
  ): AddChildFormFieldProps => {
    const field = fieldOfInput(name);
    return {
      id: ids.field(name),
      name,
      value: state.values[name],
      ref: register(name),
      required: config.fields[field] === 'required',
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': describedBy(field, overrides['aria-describedby']),
      onChange: composeEventHandlers(overrides.onChange, (event) => {
        dispatch({ type: 'FieldChange', name, value: event.target.value });
      }),
      onBlur: composeEventHandlers(overrides.onBlur, (event) => {
        // Moving between day, month and year is not leaving the date of birth.
        if (field === 'birthDate' && isDatePart(event.relatedTarget)) return;
        dispatch({ type: 'FieldBlur', field });
      }),
    };
  };

  const isDatePart = (target: EventTarget | null): boolean => {
    if (!target) return false;
    const map = elements.current;
    return (
      target === map.get('birthDay') || target === map.get('birthMonth') || target === map.get('birthYear')
    );
  };

  const isRole = (target: EventTarget | null): boolean =>
    target !== null &&
    [...elements.current.entries()].some(([key, value]) => key.startsWith(ROLE_KEY) && value === target);

  const getRoleProps = (identifier: string, index: number): AddChildFormRoleProps => ({
    type: 'radio',
    id: `${ids.field('roleIdentifier')}-${index}`,
    name: 'roleIdentifier',
    value: identifier,
    checked: state.values.roleIdentifier === identifier,
    ref: register(`${ROLE_KEY}${identifier}`),
    required: config.fields.roleIdentifier === 'required',
    onChange: (event) => {
      if (event.target.checked) dispatch({ type: 'FieldChange', name: 'roleIdentifier', value: identifier });
    },
    onBlur: (event) => {
      if (isRole(event.relatedTarget)) return;
      dispatch({ type: 'FieldBlur', field: 'roleIdentifier' });
    },
  });

  const getGroupProps = (field: 'birthDate' | 'roleIdentifier'): AddChildFormGroupProps => {
    const isRoleGroup = field === 'roleIdentifier';
    return {
      id: `${baseId}-${field}`,
      role: isRoleGroup ? 'radiogroup' : undefined,
      'aria-labelledby': ids.label(field),
      // The date inputs carry the error themselves; the radio group carries it for its radios.
      'aria-describedby': isRoleGroup ? describedBy(field) : undefined,
      'aria-invalid': isRoleGroup && errors[field] ? true : undefined,
      'aria-required': isRoleGroup && config.fields[field] === 'required' ? true : undefined,
    };
  };

  const isPending = state.status === 'pending';

  return {
    config,
    fields,
    roles,
    dateParts,
    values: state.values,
    errors,
    status: state.status,
    isIdle: state.status === 'idle',
    isPending,
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
    result: state.result,
    error: state.error,
    alert,
    submitCount: state.submitCount,
    isOffline,
    canRetry,
    parentAccountUrl,
    canAddForAnotherParent: state.status === 'success' && config.parentEmail === undefined,
    retryWaitSeconds: cooldown.remainingSeconds,
    ids,
    getFieldProps,
    getRoleProps,
    getGroupProps,
    getFormProps: () => ({
      id: ids.form,
      noValidate: true,
      onSubmit: (event) => {
        event.preventDefault();
        submit();
      },
    }),
    getSubmitProps: (overrides = {}) => ({
      type: 'submit',
      'aria-busy': isPending ? true : undefined,
      'aria-disabled': isPending ? true : undefined,
      onClick: composeEventHandlers(overrides.onClick, (event) => {
        // Inert while pending: the click (or Enter's implicit submission) does not submit again.
        if (latest.current.state.status === 'pending' || account.getState().status === 'pending') {
          event.preventDefault();
        }
      }),
    }),
    getRetryProps: (overrides = {}) => ({
      type: 'button',
      'aria-disabled': canRetry ? undefined : true,
      onClick: composeEventHandlers(overrides.onClick, () => retry()),
    }),
    submit,
    retry,
    reset,
    focusField,
    resendConsent: resend,
  };
}
