/** English messages of the consent hand-off shown after a child account is created. */
export const consent = {
  'consent.heading': 'The parent needs to give consent',
  'consent.heading.named': 'Account created for {name}: the parent needs to give consent',
  'consent.intro':
    'The account stays inactive until the parent gives consent. The parent can open the consent page on this device, from the copied link, or by scanning the QR code with a phone.',
  'consent.link': 'Open the consent page (opens in a new tab)',
  'consent.copy': 'Copy link',
  'consent.copied': 'Link copied',
  'consent.copyFailed': 'Could not copy the link. Select it and copy it by hand.',
  'consent.qr': 'QR code of the consent link',
  'consent.email': 'The parent will receive an email with a link to give consent.',
  'consent.email.to': 'The parent will receive an email at {email} with a link to give consent.',
  'consent.approved': 'The parent has given consent. The account is ready to use.',
  'consent.denied': 'The parent declined consent. The account stays inactive.',
  'consent.expired': 'The consent request expired. Resend it to the parent.',
  'consent.resend': 'Resend to parent',
  'consent.resent': 'We asked PRIVO to resend the consent email.',
  'consent.resend.wait': 'You can resend in {seconds, plural, one {# second} other {# seconds}}.',
  'consent.resendFailed': 'Could not resend the consent email.',
} as const;
