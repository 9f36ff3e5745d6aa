// The components' props as partners type them: what is required, what is optional, the `classNames`
// slots (the ones docs/form.md, docs/picker.md and docs/dialog.md list) and `unstyled`.
import type { ComponentProps, Ref } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AddChildDialog,
  AddChildDialogClassNames,
  AddChildDialogProps,
  AddChildForm,
  AddChildFormClassNames,
  AddChildFormProps,
  ChildPicker,
  ChildPickerClassNames,
  ChildPickerProps,
  ConsentHandoff,
  ConsentHandoffClassNames,
  ConsentHandoffProps,
  FamilyPanelAccount,
  FamilyPanelClassNames,
  FamilyPanelProps,
  IdentityStatusBadgeClassNames,
  KinshipProvider,
  KinshipProviderProps,
} from '../index.js';

/** The keys of `T` that must be given. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

describe('AddChildForm', () => {
  it('needs no prop: everything has a default or comes from KinshipProvider', () => {
    expectTypeOf<RequiredKeys<AddChildFormProps>>().toEqualTypeOf<never>();
    expectTypeOf<Record<never, never>>().toExtend<AddChildFormProps>();
  });

  it('takes the age screen and field options', () => {
    expectTypeOf<AddChildFormProps['ageInput']>().toEqualTypeOf<'birthDate' | 'role' | undefined>();
    expectTypeOf<NonNullable<AddChildFormProps['fields']>>().toHaveProperty('gender');
    expectTypeOf<AddChildFormProps['unstyled']>().toEqualTypeOf<boolean | undefined>();
  });

  it('has the documented class name slots, each optional', () => {
    expectTypeOf<keyof AddChildFormClassNames>().toEqualTypeOf<
      | 'root'
      | 'form'
      | 'field'
      | 'label'
      | 'optional'
      | 'input'
      | 'select'
      | 'fieldset'
      | 'legend'
      | 'dateParts'
      | 'datePart'
      | 'radio'
      | 'error'
      | 'alert'
      | 'retry'
      | 'actions'
      | 'submit'
      | 'pending'
      | 'addAnother'
      | 'nextChild'
      | 'parentAccountLink'
      | 'consentHandoff'
    >();
    expectTypeOf<RequiredKeys<AddChildFormClassNames>>().toEqualTypeOf<never>();
    expectTypeOf<AddChildFormClassNames['consentHandoff']>().toEqualTypeOf<
      ConsentHandoffClassNames | undefined
    >();
  });

  it('forwards a ref to its root div', () => {
    expectTypeOf<ComponentProps<typeof AddChildForm>['ref']>().toExtend<Ref<HTMLDivElement> | undefined>();
  });
});

describe('ConsentHandoff', () => {
  it('needs only the consent URL, which may be null (no link)', () => {
    expectTypeOf<RequiredKeys<ConsentHandoffProps>>().toEqualTypeOf<'consentUrl'>();
    expectTypeOf<ConsentHandoffProps['consentUrl']>().toEqualTypeOf<string | null>();
    expectTypeOf<{ consentUrl: null }>().toExtend<ConsentHandoffProps>();
    expectTypeOf<{ status: 'pending' }>().not.toExtend<ConsentHandoffProps>();
  });

  it('has the documented class name slots and unstyled', () => {
    expectTypeOf<keyof ConsentHandoffClassNames>().toEqualTypeOf<
      | 'root'
      | 'heading'
      | 'status'
      | 'message'
      | 'link'
      | 'actions'
      | 'copy'
      | 'url'
      | 'qrCode'
      | 'resend'
      | 'feedback'
      | 'error'
    >();
    expectTypeOf<ConsentHandoffProps['unstyled']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ComponentProps<typeof ConsentHandoff>>().toHaveProperty('classNames');
  });
});

describe('ChildPicker', () => {
  it('needs only the parent identity id', () => {
    expectTypeOf<RequiredKeys<ChildPickerProps>>().toEqualTypeOf<'identityId'>();
    expectTypeOf<{ identityId: string }>().toExtend<ChildPickerProps>();
    expectTypeOf<{ candidates: [] }>().not.toExtend<ChildPickerProps>();
  });

  it('takes the selection trio and div attributes for its root', () => {
    expectTypeOf<ChildPickerProps['value']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<ChildPickerProps['defaultValue']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<ChildPickerProps['onValueChange']>().toEqualTypeOf<((ids: string[]) => void) | undefined>();
    expectTypeOf<ChildPickerProps>().toHaveProperty('aria-describedby');
    expectTypeOf<ChildPickerProps['unstyled']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ComponentProps<typeof ChildPicker>>().toHaveProperty('classNames');
  });

  it('has the documented class name slots', () => {
    expectTypeOf<keyof ChildPickerClassNames>().toEqualTypeOf<
      | 'root'
      | 'label'
      | 'hint'
      | 'control'
      | 'field'
      | 'chips'
      | 'chip'
      | 'chipLabel'
      | 'chipRemove'
      | 'input'
      | 'toggle'
      | 'popover'
      | 'listbox'
      | 'option'
      | 'optionName'
      | 'optionDetails'
      | 'optionStatus'
      | 'optionLinked'
      | 'message'
      | 'status'
      | 'alert'
      | 'retry'
      | 'submit'
    >();
  });
});

describe('AddChildDialog', () => {
  it('needs the flow, and the link flow needs the parent identity id too', () => {
    expectTypeOf<{ flow: 'account' }>().toExtend<AddChildDialogProps>();
    expectTypeOf<{ flow: 'link'; identityId: string }>().toExtend<AddChildDialogProps>();
    expectTypeOf<{ flow: 'link' }>().not.toExtend<AddChildDialogProps>();
    expectTypeOf<Record<never, never>>().not.toExtend<AddChildDialogProps>();
    expectTypeOf<AddChildDialogProps['flow']>().toEqualTypeOf<'account' | 'link'>();
  });

  it('narrows the props by `flow`', () => {
    const props = {} as AddChildDialogProps;
    if (props.flow === 'link') expectTypeOf(props.identityId).toEqualTypeOf<string>();
    if (props.flow === 'account')
      expectTypeOf(props.ageInput).toEqualTypeOf<'birthDate' | 'role' | undefined>();
  });

  it('has the documented class name slots and unstyled', () => {
    expectTypeOf<keyof AddChildDialogClassNames>().toEqualTypeOf<
      | 'trigger'
      | 'overlay'
      | 'content'
      | 'header'
      | 'title'
      | 'description'
      | 'close'
      | 'body'
      | 'loadError'
      | 'retry'
    >();
    expectTypeOf<AddChildDialogProps['unstyled']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ComponentProps<typeof AddChildDialog>>().toHaveProperty('flow');
  });
});

describe('FamilyPanel', () => {
  it('needs no prop: each side shows when its prop is given', () => {
    expectTypeOf<RequiredKeys<FamilyPanelProps>>().toEqualTypeOf<never>();
    expectTypeOf<FamilyPanelProps['identityId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FamilyPanelProps['unstyled']>().toEqualTypeOf<boolean | undefined>();
  });

  it('takes the accounts the host knows and hands back a new one in the same shape', () => {
    expectTypeOf<RequiredKeys<FamilyPanelAccount>>().toEqualTypeOf<'serviceId'>();
    expectTypeOf<FamilyPanelProps['accounts']>().toEqualTypeOf<readonly FamilyPanelAccount[] | undefined>();
    expectTypeOf<
      Parameters<NonNullable<FamilyPanelProps['onAccountCreated']>>[0]
    >().toEqualTypeOf<FamilyPanelAccount>();
  });

  it('has the documented class name slots, each optional', () => {
    expectTypeOf<keyof FamilyPanelClassNames>().toEqualTypeOf<
      | 'root'
      | 'heading'
      | 'offline'
      | 'section'
      | 'sectionHeader'
      | 'sectionHeading'
      | 'linkTrigger'
      | 'addTrigger'
      | 'message'
      | 'alert'
      | 'retry'
      | 'list'
      | 'item'
      | 'itemText'
      | 'name'
      | 'details'
      | 'status'
      | 'actions'
      | 'unlink'
      | 'resend'
      | 'note'
      | 'feedback'
      | 'error'
      | 'dialogOverlay'
      | 'dialog'
      | 'dialogTitle'
      | 'dialogDescription'
      | 'dialogActions'
      | 'cancel'
      | 'confirm'
      | 'dialogError'
    >();
    expectTypeOf<RequiredKeys<FamilyPanelClassNames>>().toEqualTypeOf<never>();
  });
});

describe('IdentityStatusBadge', () => {
  it('has one class name slot, the root', () => {
    expectTypeOf<keyof IdentityStatusBadgeClassNames>().toEqualTypeOf<'root'>();
  });
});

describe('KinshipProvider', () => {
  it('needs no prop; each service config, the locale, messages and nonce are optional', () => {
    expectTypeOf<RequiredKeys<KinshipProviderProps>>().toEqualTypeOf<never>();
    expectTypeOf<KinshipProviderProps['locale']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<KinshipProviderProps['nonce']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<KinshipProviderProps['conomy']>>().toHaveProperty('apiVersion');
    expectTypeOf<ComponentProps<typeof KinshipProvider>>().toEqualTypeOf<KinshipProviderProps>();
  });

  it('takes message overrides for known keys only', () => {
    expectTypeOf<{ messages: { 'form.submit': string } }>().toExtend<KinshipProviderProps>();
    expectTypeOf<{ messages: { 'no.such.key': string } }>().not.toExtend<KinshipProviderProps>();
  });
});
