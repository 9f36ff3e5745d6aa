'use client';

import * as React from 'react';
import type {
  AddChildFormField,
  AddChildFormFieldsOption,
  AddChildFormInputName,
  AddChildFormRole,
  AgeInput,
  DatePart,
} from '../core/form/index.js';
import type { ServiceConfig } from '../core/http.js';
import type { AddChildAccountResult } from '../core/schemas.js';
import { joinClassNames } from '../hooks/internal/dom.js';
import { useKinshipConfig } from '../hooks/KinshipProvider.js';
import { type UseAddChildFormOptions, useAddChildForm } from '../hooks/useAddChildForm.js';
import { useTranslator } from '../hooks/useTranslator.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { ConsentHandoff, type ConsentHandoffClassNames } from './ConsentHandoff.js';
import { formatNodes } from './formatNodes.js';

/** Class name slots of `AddChildForm` (added after the kit's own). */
export interface AddChildFormClassNames {
  /** The root `<div>` (holds the form, then the consent hand-off). */
  root?: string;
  form?: string;
  /** Wrapper of one field (label, input, messages). */
  field?: string;
  label?: string;
  /** The "(optional)" marker. */
  optional?: string;
  input?: string;
  select?: string;
  /** The date of birth and role fieldsets. */
  fieldset?: string;
  legend?: string;
  /** Row of the day, month and year inputs. */
  dateParts?: string;
  /** One of day, month, year (label and input). */
  datePart?: string;
  /** One role choice (radio and label). */
  radio?: string;
  /** A field's error message. */
  error?: string;
  /** The `role="alert"` region. */
  alert?: string;
  retry?: string;
  /** Row of the submit button and the pending message. */
  actions?: string;
  submit?: string;
  /** "Adding the child…" status. */
  pending?: string;
  /** "Add a child for another parent" after a success. */
  addAnother?: string;
  /** What to do for a further child of the same parent (after a success, and after PRIVO's 208). */
  nextChild?: string;
  /** The link to the parent's PRIVO account (`parentAccountUrl`). */
  parentAccountLink?: string;
  /** Slots of the consent hand-off shown after a success. */
  consentHandoff?: ConsentHandoffClassNames;
}

/** Props of `AddChildForm`. */
export interface AddChildFormProps {
  /** The parent's email when the host knows it: sent and not asked. Otherwise a "Parent's email" field. */
  parentEmail?: string;
  /** How the child's age is asked (PRIVO partner configuration). @default 'birthDate' */
  ageInput?: AgeInput;
  /** The partner's roles, offered as a radio group when `ageInput` is `'role'`. @default [] */
  roles?: readonly AddChildFormRole[];
  /**
   * Which optional attributes are asked (only what the partner has enabled at PRIVO; the parent is
   * asked for the rest later). @default { firstName: 'required', userName: 'required', email: 'optional', gender: 'optional', lastName: 'hidden' }
   */
  fields?: AddChildFormFieldsOption;
  /** Called once the account exists, with its checked `consentUrl`. */
  onCreated?: (result: AddChildAccountResult) => void;
  /**
   * Called when the submission's `status` changes (`'idle' | 'pending' | 'success' | 'error'`; not
   * on mount), e.g. to keep a surrounding dialog open while `'pending'` (what `AddChildDialog` does).
   */
  onStatusChange?: UseAddChildFormOptions['onStatusChange'];
  /** Overrides the provider's PRIVO config. */
  privo?: ServiceConfig;
  /**
   * Where the parent manages their PRIVO account. PRIVO creates a child through this form only for
   * an adult without children (a second one is its 208); further children are added from the
   * parent's own PRIVO account, and the form links there when this is given. Used only when it is
   * an absolute `http:`/`https:` URL (the same rule as `consentUrl`); anything else is ignored and
   * the form only explains. Opens in a new tab.
   */
  parentAccountUrl?: string;
  /** Values the form starts with (and returns to on "Add a child for another parent"), e.g. a kept draft. */
  defaultValues?: UseAddChildFormOptions['defaultValues'];
  /**
   * Overrides any state transition (Downshift's `stateReducer`): receives the current state and the
   * action with the changes the kit would make; returns the state to use. Also a way to observe
   * every change (e.g. to keep a draft), by returning `changes` as they are.
   */
  stateReducer?: UseAddChildFormOptions['stateReducer'];
  /** Class names per slot, after the kit's. */
  classNames?: AddChildFormClassNames;
  /** Leaves out the kit's class names (keeps `data-*`). @default false */
  unstyled?: boolean;
  /** Extra class names on the root, after the kit's. */
  className?: string;
}

const PART_INPUT: Record<DatePart, AddChildFormInputName> = {
  day: 'birthDay',
  month: 'birthMonth',
  year: 'birthYear',
};
const PART_LABEL: Record<DatePart, MessageKey> = {
  day: 'form.birthDay',
  month: 'form.birthMonth',
  year: 'form.birthYear',
};
const FIELD_LABEL: Record<AddChildFormField, MessageKey> = {
  firstName: 'form.firstName',
  lastName: 'form.lastName',
  userName: 'form.userName',
  birthDate: 'form.birthDate',
  roleIdentifier: 'form.role',
  gender: 'form.gender',
  email: 'form.email',
  parentEmail: 'form.parentEmail',
};
const GENDERS = [
  { value: 'Female', label: 'form.gender.female' },
  { value: 'Male', label: 'form.gender.male' },
] as const satisfies readonly { value: string; label: MessageKey }[];

/** A field error as the user reads it: the catalogue's `fieldError.<code>`, else the server's own text. */
function fieldErrorText(translator: Translator, value: string): string {
  const key = `fieldError.${value}`;
  return translator.has(key) ? translator.t(key) : value;
}

function alertText(
  translator: Translator,
  key: string,
  values?: Record<string, string | number>,
): React.ReactNode {
  return translator.has(key) ? formatNodes(translator, key, values) : translator.t('error.server');
}

/**
 * Creates a child account at PRIVO: a neutral age screen (free entry of day, month and year in the
 * locale's order), only the fields the partner enabled, validation when a field is left or on
 * submit, server field errors on their fields, other errors in an alert with a retry, and then the
 * consent hand-off for the parent. Nothing typed is ever cleared by an error.
 */
export const AddChildForm = React.forwardRef<HTMLDivElement, AddChildFormProps>(
  function AddChildForm(props, ref) {
    const {
      parentEmail,
      ageInput,
      roles,
      fields,
      onCreated,
      onStatusChange,
      privo,
      parentAccountUrl,
      defaultValues,
      stateReducer,
      classNames = {},
      unstyled = false,
      className,
    } = props;
    const translator = useTranslator();
    const { theme } = useKinshipConfig();
    const { t } = translator;
    const submitRef = React.useRef<HTMLButtonElement>(null);
    const form = useAddChildForm({
      ...(parentEmail !== undefined ? { parentEmail } : {}),
      ...(ageInput !== undefined ? { ageInput } : {}),
      ...(roles !== undefined ? { roles } : {}),
      ...(fields !== undefined ? { fields } : {}),
      ...(onCreated !== undefined ? { onCreated } : {}),
      ...(onStatusChange !== undefined ? { onStatusChange } : {}),
      ...(privo !== undefined ? { privo } : {}),
      ...(parentAccountUrl !== undefined ? { parentAccountUrl } : {}),
      ...(defaultValues !== undefined ? { defaultValues } : {}),
      ...(stateReducer !== undefined ? { stateReducer } : {}),
    });
    const { config, errors, ids } = form;
    const cx = (kit: string, slot: string | undefined) => joinClassNames(!unstyled && kit, slot);

    const errorMessage = (field: AddChildFormField) => {
      const list = errors[field];
      if (!list) return null;
      return (
        <p id={ids.error(field)} className={cx('kinship-AddChildForm-error', classNames.error)}>
          {list.map((value) => fieldErrorText(translator, value)).join(' ')}
        </p>
      );
    };

    const optionalMarker = (field: AddChildFormField) =>
      config.fields[field] === 'optional' ? (
        <span id={ids.hint(field)} className={cx('kinship-AddChildForm-optional', classNames.optional)}>
          {t('form.optional')}
        </span>
      ) : null;

    const textField = (
      field: 'firstName' | 'lastName' | 'userName' | 'email' | 'parentEmail',
      inputProps: React.InputHTMLAttributes<HTMLInputElement>,
    ) => (
      <div
        key={field}
        className={cx('kinship-AddChildForm-field', classNames.field)}
        data-field={field}
        data-invalid={errors[field] ? '' : undefined}
        data-requirement={config.fields[field]}
      >
        <label
          id={ids.label(field)}
          htmlFor={ids.field(field)}
          className={cx('kinship-AddChildForm-label', classNames.label)}
        >
          {t(FIELD_LABEL[field])}
        </label>
        {optionalMarker(field)}
        <input
          {...inputProps}
          {...form.getFieldProps(field)}
          className={cx('kinship-AddChildForm-input', classNames.input)}
        />
        {errorMessage(field)}
      </div>
    );

    const renderField = (field: AddChildFormField) => {
      switch (field) {
        case 'firstName':
        case 'lastName':
          return textField(field, { type: 'text', autoComplete: 'off', spellCheck: false });
        case 'userName':
          return textField(field, {
            type: 'text',
            autoComplete: 'off',
            autoCapitalize: 'none',
            spellCheck: false,
          });
        case 'email':
          // The child's address: never autofill the adult's own.
          return textField(field, { type: 'email', autoComplete: 'off', spellCheck: false });
        case 'parentEmail':
          return textField(field, { type: 'email', autoComplete: 'email', spellCheck: false });
        case 'birthDate':
          return (
            <fieldset
              key={field}
              {...form.getGroupProps('birthDate')}
              className={cx('kinship-AddChildForm-fieldset', classNames.fieldset)}
              data-field={field}
              data-invalid={errors.birthDate ? '' : undefined}
            >
              <legend id={ids.label(field)} className={cx('kinship-AddChildForm-legend', classNames.legend)}>
                {t('form.birthDate')}
              </legend>
              <div className={cx('kinship-AddChildForm-dateParts', classNames.dateParts)}>
                {form.dateParts.map((part) => (
                  <div
                    key={part}
                    className={cx('kinship-AddChildForm-datePart', classNames.datePart)}
                    data-part={part}
                  >
                    <label
                      htmlFor={ids.field(PART_INPUT[part])}
                      className={cx('kinship-AddChildForm-label', classNames.label)}
                    >
                      {t(PART_LABEL[part])}
                    </label>
                    {/* Free entry (neutral age screen): no select, no year list, no hint about age. */}
                    <input
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={part === 'year' ? 4 : 2}
                      {...form.getFieldProps(PART_INPUT[part])}
                      className={cx('kinship-AddChildForm-input', classNames.input)}
                    />
                  </div>
                ))}
              </div>
              {errorMessage(field)}
            </fieldset>
          );
        case 'roleIdentifier':
          return (
            <fieldset
              key={field}
              {...form.getGroupProps('roleIdentifier')}
              className={cx('kinship-AddChildForm-fieldset', classNames.fieldset)}
              data-field={field}
              data-invalid={errors.roleIdentifier ? '' : undefined}
            >
              <legend id={ids.label(field)} className={cx('kinship-AddChildForm-legend', classNames.legend)}>
                {t('form.role')}
              </legend>
              {form.roles.map((role, index) => {
                const radio = form.getRoleProps(role.identifier, index);
                return (
                  <div key={role.identifier} className={cx('kinship-AddChildForm-radio', classNames.radio)}>
                    <input {...radio} />
                    <label htmlFor={radio.id} className={cx('kinship-AddChildForm-label', classNames.label)}>
                      {role.label}
                    </label>
                  </div>
                );
              })}
              {errorMessage(field)}
            </fieldset>
          );
        case 'gender':
          return (
            <div
              key={field}
              className={cx('kinship-AddChildForm-field', classNames.field)}
              data-field={field}
              data-invalid={errors.gender ? '' : undefined}
              data-requirement={config.fields.gender}
            >
              <label
                id={ids.label(field)}
                htmlFor={ids.field('gender')}
                className={cx('kinship-AddChildForm-label', classNames.label)}
              >
                {t('form.gender')}
              </label>
              {optionalMarker(field)}
              <select
                {...form.getFieldProps('gender')}
                className={cx('kinship-AddChildForm-select', classNames.select)}
              >
                {/* The empty choice is not a value: nothing is sent for it. */}
                <option value="">
                  {t(config.fields.gender === 'required' ? 'form.gender.choose' : 'form.gender.none')}
                </option>
                {GENDERS.map((gender) => (
                  <option key={gender.value} value={gender.value}>
                    {t(gender.label)}
                  </option>
                ))}
              </select>
              {errorMessage(field)}
            </div>
          );
        default: {
          field satisfies never;
          return null;
        }
      }
    };

    const parentAccountLink = form.parentAccountUrl ? (
      <a
        href={form.parentAccountUrl}
        target="_blank"
        rel="noopener noreferrer"
        className={cx('kinship-AddChildForm-parentAccountLink', classNames.parentAccountLink)}
      >
        {t('form.parentAccountLink')}
      </a>
    ) : null;

    const alert = form.alert;
    const root = cx('kinship-AddChildForm', joinClassNames(classNames.root, className));

    if (form.isSuccess && form.result) {
      const result = form.result;
      return (
        <div ref={ref} className={root} data-status={form.status} data-kinship-theme={theme}>
          <ConsentHandoff
            consentUrl={result.consentUrl}
            childName={result.entity.firstName ?? null}
            parentEmail={config.parentEmail ?? (form.values.parentEmail.trim() || null)}
            onResend={form.resendConsent}
            focusHeadingOnMount
            unstyled={unstyled}
            {...(classNames.consentHandoff ? { classNames: classNames.consentHandoff } : {})}
          />
          {/* PRIVO takes one child per adult here (then 208): a further child of this parent is
              added from the parent's PRIVO account, so only another parent is offered a new form. */}
          <p className={cx('kinship-AddChildForm-nextChild', classNames.nextChild)}>
            {t('form.nextChild')} {parentAccountLink}
          </p>
          {form.canAddForAnotherParent ? (
            <div className={cx('kinship-AddChildForm-actions', classNames.actions)}>
              <button
                type="button"
                onClick={form.reset}
                className={cx('kinship-AddChildForm-addAnother', classNames.addAnother)}
              >
                {t('form.addForAnotherParent')}
              </button>
            </div>
          ) : null}
        </div>
      );
    }

    return (
      <div ref={ref} className={root} data-status={form.status} data-kinship-theme={theme}>
        <form {...form.getFormProps()} className={cx('kinship-AddChildForm-form', classNames.form)}>
          {form.fields.map(renderField)}
          {/* Present from the start so assistive technology announces what appears in it. */}
          <div
            role="alert"
            id={ids.alert}
            className={cx('kinship-AddChildForm-alert', classNames.alert)}
            data-kind={form.error?.kind}
            data-reason={form.error?.reason}
            data-may-have-succeeded={form.error?.mayHaveSucceeded ? '' : undefined}
          >
            {alert ? (
              <>
                {alert.messages.map((line) => (
                  <p key={line.key}>{alertText(translator, line.key, line.values)}</p>
                ))}
                {alert.unplaced.length > 0 ? (
                  <ul>
                    {alert.unplaced.map((entry) => {
                      const message = entry.messages
                        .map((value) => fieldErrorText(translator, value))
                        .join(' ');
                      // Own keys only: a server field named `constructor` is not a label.
                      const label = Object.hasOwn(FIELD_LABEL, entry.field)
                        ? t(FIELD_LABEL[entry.field as AddChildFormField])
                        : null;
                      return (
                        <li key={entry.field}>
                          {label ? t('form.errorIn', { field: label, message }) : message}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
                {/* Offline (or during a rate-limit wait) the retry stays in place, focusable and
                    aria-disabled, as in ChildPicker: focus never drops when the connection goes. */}
                {alert.action === 'parent-account' && parentAccountLink ? <p>{parentAccountLink}</p> : null}
                {/* No retry where none can succeed (PRIVO's 208). */}
                {form.error && alert.action === 'retry' ? (
                  <button
                    {...form.getRetryProps({
                      // The alert (and this button) goes away while the retry is pending: hand
                      // focus to "Add child", which stays (aria-busy), so it never drops to <body>.
                      onClick: () => {
                        if (form.canRetry) submitRef.current?.focus();
                      },
                    })}
                    className={cx('kinship-AddChildForm-retry', classNames.retry)}
                  >
                    {t('error.retry')}
                  </button>
                ) : null}
              </>
            ) : null}
          </div>
          <div className={cx('kinship-AddChildForm-actions', classNames.actions)}>
            <button
              ref={submitRef}
              {...form.getSubmitProps()}
              className={cx('kinship-AddChildForm-submit', classNames.submit)}
            >
              {t('form.submit')}
            </button>
            <span role="status" className={cx('kinship-AddChildForm-pending', classNames.pending)}>
              {form.isPending ? t('form.pending') : null}
            </span>
          </div>
        </form>
      </div>
    );
  },
);
