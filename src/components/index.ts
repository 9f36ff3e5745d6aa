// Styled components: each family in its own file. Authors append their export lines below.

export {
  AddChildDialog,
  type AddChildDialogAccountProps,
  type AddChildDialogBaseProps,
  type AddChildDialogClassNames,
  type AddChildDialogLinkProps,
  type AddChildDialogProps,
} from './AddChildDialog.js';
export { AddChildForm, type AddChildFormClassNames, type AddChildFormProps } from './AddChildForm.js';
export { ChildPicker, type ChildPickerClassNames, type ChildPickerProps } from './ChildPicker.js';
export { ConsentHandoff, type ConsentHandoffClassNames, type ConsentHandoffProps } from './ConsentHandoff.js';
export {
  FamilyPanel,
  type FamilyPanelAccount,
  type FamilyPanelClassNames,
  type FamilyPanelProps,
} from './FamilyPanel.js';
export {
  type ConsentStatus,
  IdentityStatusBadge,
  type IdentityStatusBadgeClassNames,
  type IdentityStatusBadgeProps,
  type IdentityStatusTone,
  identityStatusTone,
} from './IdentityStatusBadge.js';
export { QrCode, type QrCodeProps } from './QrCode.js';
