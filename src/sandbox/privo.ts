/**
 * The emulated PRIVO account API: create a child under an adult (`POST …/api/account`) and resend
 * the consent email (`GET …/api/consent/resend`, which needs the child and the parent, else 404),
 * with PRIVO's envelope, its field rules (DOMAIN.md), 208 for an adult who already has a child,
 * 412 for a taken email or user name, and a resend cool-down. Only `parentEmail` and one of `birthDate_YYYYMMDD` / `roleIdentifier` are required
 * unless the sandbox is configured with more (`requiredAccountFields`), like a partner configuration.
 */
import type { ChildAccount } from '../core/schemas.js';
import type { BackendContext, BackendRequest } from './conomy.js';
import { SANDBOX_CONSENT_ORIGIN, SANDBOX_ROLES, SEED_ADULTS, SEED_CHILD } from './fixtures.js';
import { type Outcome, privoEnvelope, privoFailure } from './responses.js';
import { consentTrigger, PRIVO_TRIGGER_EMAILS, privoFailureOutcome, privoTrigger } from './triggers.js';

/** A PRIVO adult account of the sandbox. */
export interface SandboxAdult {
  /** PRIVO service id (hex of a base64 string, like the docs' `5a334e59484…46673d3d`). */
  serviceId: string;
  /** The email a child account's `parentEmail` names. */
  email: string;
  firstName: string;
  lastName: string;
  /** Service ids of the adult's children: PRIVO's `/api/account` accepts a child only while this is empty. */
  childServiceIds: readonly string[];
}

/** A child account of the sandbox (seeded or created through the API). */
export interface SandboxChildAccount {
  serviceId: string;
  /** The adult's service id (the consent "approver"). */
  parentServiceId: string;
  parentEmail: string;
  /** The account as the success envelope carried it. */
  entity: ChildAccount;
  /**
   * Consent state: changed only by `sandbox.setConsentStatus` and by the consent trigger emails
   * (`PRIVO_TRIGGER_EMAILS.consentApproved`, …).
   */
  consentStatus: SandboxConsentStatus;
  /** How many times the consent email was resent. */
  resendCount: number;
  /** When it was last resent (epoch ms); `null` before the first resend. */
  lastResentAt: number | null;
}

/** A consent state of a sandbox child account (PRIVO's five, lower-case). */
export type SandboxConsentStatus = 'approved' | 'denied' | 'expired' | 'pending' | 'postponed';

/** The account fields a partner configuration can make required. */
export type SandboxAccountField = 'firstName' | 'lastName' | 'userName' | 'email' | 'gender';

/** Options of the PRIVO backend. */
export interface PrivoBackendOptions {
  /** Minimum time between two resends for the same child; 0 disables the limit. */
  resendCooldownMs: number;
  /** Fields that must be present, beyond `parentEmail` and a birth date or role. */
  requiredAccountFields: readonly SandboxAccountField[];
}

/** What the PRIVO backend needs from its sandbox, beyond the shared context. */
export interface PrivoContext extends BackendContext {
  /** A random token: `bytes` random bytes, base64-encoded, then hex-encoded (PRIVO's id style). */
  token(bytes: number): string;
  /** A child was created under a consent trigger email: its consent is to become `status` later. */
  consentTriggered(serviceId: string, status: 'approved' | 'denied' | 'expired'): void;
}

/** The PRIVO half of a sandbox. */
export interface PrivoBackend {
  readonly adults: readonly SandboxAdult[];
  readonly childAccounts: readonly SandboxChildAccount[];
  account(request: BackendRequest): Outcome;
  resendConsent(request: BackendRequest): Outcome;
  /** Sets a child's consent state; the child as it is now, or `undefined` for an unknown service id. */
  setConsentStatus(serviceId: string, status: SandboxConsentStatus): SandboxChildAccount | undefined;
  reset(): void;
}

// Pragmatic email rule, as PRIVO applies it: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const LETTERS = /^[\p{L}\p{M}]{1,50}$/u;
const NAME = /^[\p{L}\p{M}]+(?:[ '’-][\p{L}\p{M}]+)*$/u;
const USER_NAME = /^[A-Za-z0-9_]{3,20}$/;
// Maps, not object literals: a gender or role named `constructor` or `__proto__` is unknown, not
// an inherited member.
const GENDERS: ReadonlyMap<string, { gender: number; genderType: string }> = new Map([
  ['male', { gender: 1, genderType: 'Male' }],
  ['female', { gender: 2, genderType: 'Female' }],
  ['other', { gender: 3, genderType: 'Other' }],
  ['unspecified', { gender: 0, genderType: 'Unspecified' }],
]);
const ACCOUNT_FIELDS = [
  'firstName',
  'lastName',
  'userName',
  'birthDate_YYYYMMDD',
  'roleIdentifier',
  'gender',
  'email',
  'parentEmail',
] as const;
const ROLE_IDS: ReadonlyMap<string, number> = new Map([
  ['childRole', 101],
  ['teenRole', 102],
]);

type FieldError = { field: string; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `YYYYMMDD` as UTC parts when it is a real calendar date from 1900; else `undefined`. */
function calendarDate(value: string): { year: number; month: number; day: number } | undefined {
  if (!/^\d{8}$/.test(value)) return undefined;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day };
}

function ageOn(birth: { year: number; month: number; day: number }, now: Date): number {
  const month = now.getUTCMonth() + 1;
  const beforeBirthday = month < birth.month || (month === birth.month && now.getUTCDate() < birth.day);
  return now.getUTCFullYear() - birth.year - (beforeBirthday ? 1 : 0);
}

function todayYYYYMMDD(now: Date): string {
  return `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}${String(now.getUTCDate()).padStart(2, '0')}`;
}

function hexOf(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++)
    out += text.charCodeAt(index).toString(16).padStart(2, '0');
  return out;
}

/** The stable service id of a trigger "adult" (`unsafe-consent@sandbox.test`, …). */
function triggerAdultServiceId(email: string): string {
  return hexOf(btoa(email));
}

function seededAdults(): SandboxAdult[] {
  return SEED_ADULTS.map((adult) => ({
    ...adult,
    childServiceIds: adult.serviceId === SEED_CHILD.parentServiceId ? [SEED_CHILD.serviceId] : [],
  }));
}

function childEntity(fields: {
  serviceId: string;
  firstName: string | null;
  lastName: string | null;
  userName: string | null;
  email: string | null;
  birthDate: number | null;
  gender: number | null;
  genderType: string | null;
  roleIdentifier: string;
  consentUrl: string | null;
  now: number;
}): ChildAccount {
  // Field for field what PRIVO's sample answer carries, most of it undocumented.
  return {
    serviceId: fields.serviceId,
    fullyRegistered: false,
    role: { roleIdentifier: fields.roleIdentifier },
    roleId: ROLE_IDS.get(fields.roleIdentifier) ?? 100,
    roleIdentifier: fields.roleIdentifier,
    shadowAccount: false,
    firstName: fields.firstName,
    lastName: fields.lastName,
    middleInitial: null,
    email: fields.email,
    emailVerified: false,
    birthDate: fields.birthDate,
    userName: fields.userName,
    active: false,
    isMinor: true,
    isTeen: fields.roleIdentifier === 'teenRole',
    isTeacher: false,
    isStudent: false,
    gender: fields.gender,
    genderType: fields.genderType,
    registrationRole: 'Child',
    address: {
      streetAddress1: null,
      streetAddress2: null,
      city: null,
      stateProvince: null,
      postalCode: null,
      country: 'US',
    },
    creationDate: fields.now,
    activationDate: null,
    verificationTier: 'A',
    id: fields.serviceId,
    fullName: [fields.firstName, fields.lastName].filter(Boolean).join(' ') || null,
    features: [],
    displayNames: [],
    modifiedDate: fields.now,
    consentUrl: fields.consentUrl,
    consentRequests: [],
    characteristics: ['CHILD'],
    connectedProfiles: [],
    hasPasscode: false,
    hasPassword: false,
  };
}

function seededChildren(): SandboxChildAccount[] {
  return [
    {
      serviceId: SEED_CHILD.serviceId,
      parentServiceId: SEED_CHILD.parentServiceId,
      parentEmail: 'marta.gonzalez@example.com',
      entity: childEntity({
        serviceId: SEED_CHILD.serviceId,
        firstName: SEED_CHILD.firstName,
        lastName: SEED_CHILD.lastName,
        userName: SEED_CHILD.userName,
        email: SEED_CHILD.email,
        birthDate: SEED_CHILD.birthDate,
        gender: SEED_CHILD.gender,
        genderType: SEED_CHILD.genderType,
        roleIdentifier: SEED_CHILD.roleIdentifier,
        consentUrl: `${SANDBOX_CONSENT_ORIGIN}/e/r/a?token=${SEED_CHILD.consentToken}`,
        now: SEED_CHILD.creationDate,
      }),
      consentStatus: 'pending',
      resendCount: 0,
      lastResentAt: null,
    },
  ];
}

/** Checks an account body like PRIVO does; returns `{field, message}` errors. */
function validateAccount(
  body: Record<string, unknown>,
  now: Date,
  requiredFields: readonly SandboxAccountField[],
): FieldError[] {
  const errors: FieldError[] = [];
  const text: Partial<Record<(typeof ACCOUNT_FIELDS)[number], string>> = {};
  for (const field of ACCOUNT_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') errors.push({ field, message: `${field} must be a string` });
    else if (value.trim() === '') errors.push({ field, message: `${field} must not be blank` });
    else text[field] = value;
  }
  const failed = new Set(errors.map((error) => error.field));
  const check = (
    field: (typeof ACCOUNT_FIELDS)[number],
    isValid: (value: string) => boolean,
    message: string,
  ) => {
    const value = text[field];
    if (value !== undefined && !isValid(value)) errors.push({ field, message });
  };
  if (text.parentEmail === undefined && !failed.has('parentEmail')) {
    errors.push({ field: 'parentEmail', message: 'parentEmail is required' });
  }
  for (const field of requiredFields) {
    if (text[field] === undefined && !failed.has(field))
      errors.push({ field, message: `${field} is required` });
  }
  check('parentEmail', (value) => EMAIL.test(value), 'parentEmail must be a valid email address');
  check('email', (value) => EMAIL.test(value), 'email must be a valid email address');
  check(
    'email',
    (value) => text.parentEmail === undefined || value.toLowerCase() !== text.parentEmail.toLowerCase(),
    'email must be different from parentEmail',
  );
  check('firstName', (value) => LETTERS.test(value), 'firstName must contain letters only');
  check('lastName', (value) => value.length <= 50 && NAME.test(value), 'lastName must contain letters only');
  check(
    'userName',
    (value) => USER_NAME.test(value),
    'userName must be 3 to 20 letters, digits or underscores',
  );
  check(
    'birthDate_YYYYMMDD',
    (value) => calendarDate(value) !== undefined && value <= todayYYYYMMDD(now),
    'birthDate_YYYYMMDD must be a valid past date',
  );
  check(
    'gender',
    (value) => GENDERS.has(value.toLowerCase()),
    'gender must be one of Male, Female, Other, Unspecified',
  );
  if (
    text.birthDate_YYYYMMDD === undefined &&
    text.roleIdentifier === undefined &&
    !failed.has('birthDate_YYYYMMDD') &&
    !failed.has('roleIdentifier')
  ) {
    errors.push({ field: 'birthDate_YYYYMMDD', message: 'birthDate_YYYYMMDD or roleIdentifier is required' });
  }
  return errors;
}

/** Creates the PRIVO backend with its seeded adults and child account. */
export function createPrivoBackend(context: PrivoContext, options: PrivoBackendOptions): PrivoBackend {
  let adults: SandboxAdult[] = [];
  let childAccounts: SandboxChildAccount[] = [];

  const load = () => {
    adults = seededAdults();
    childAccounts = seededChildren();
  };
  load();

  const isTaken = (field: 'email' | 'userName', value: string): boolean => {
    const lower = value.toLowerCase();
    if (field === 'email' && adults.some((adult) => adult.email.toLowerCase() === lower)) return true;
    return childAccounts.some((child) => {
      const taken = field === 'email' ? child.entity.email : child.entity.userName;
      return typeof taken === 'string' && taken.toLowerCase() === lower;
    });
  };

  const account = (request: BackendRequest): Outcome => {
    const now = context.now();
    let body: unknown;
    try {
      body = JSON.parse(request.bodyText ?? '');
    } catch {
      // PRIVO sometimes sends validation errors as plain strings (DOMAIN.md): this one does.
      return privoFailure(400, 'Invalid request', now, ['Request body could not be parsed as JSON']);
    }
    if (!isRecord(body)) {
      return privoFailure(400, 'Invalid request', now, ['Request body must be a JSON object']);
    }
    const trigger = privoTrigger(body.parentEmail);
    if (trigger) return privoFailureOutcome(trigger, now);
    const errors = validateAccount(body, new Date(now), options.requiredAccountFields);
    if (errors.length > 0) return privoFailure(400, 'Invalid request', now, errors);
    const input = body as Record<string, string | undefined>;
    const parentEmail = (input.parentEmail as string).toLowerCase();
    if (parentEmail === PRIVO_TRIGGER_EMAILS.invalidFields) {
      return privoFailure(400, 'Invalid request', now, [
        { field: 'firstName', message: 'firstName contains a word that is not allowed' },
        { field: 'userName', message: 'userName contains a word that is not allowed' },
      ]);
    }

    let roleIdentifier = input.roleIdentifier;
    if (
      roleIdentifier !== undefined &&
      !SANDBOX_ROLES.some((role) => role.roleIdentifier === roleIdentifier)
    ) {
      return privoFailure(400, 'Invalid request', now, [
        `roleIdentifier ${roleIdentifier} is not configured for this partner`,
      ]);
    }
    let birthDate: number | null = null;
    if (input.birthDate_YYYYMMDD !== undefined) {
      const parts = calendarDate(input.birthDate_YYYYMMDD) as { year: number; month: number; day: number };
      birthDate = Date.UTC(parts.year, parts.month - 1, parts.day);
      const age = ageOn(parts, new Date(now));
      const role = SANDBOX_ROLES.find((candidate) => age >= candidate.minAge && age <= candidate.maxAge);
      if (!role) {
        return privoFailure(400, 'Invalid request', now, [
          {
            field: 'birthDate_YYYYMMDD',
            message: 'birthDate_YYYYMMDD is outside the age range of every child role',
          },
        ]);
      }
      if (roleIdentifier !== undefined && roleIdentifier !== role.roleIdentifier) {
        return privoFailure(400, 'Invalid request', now, [
          { field: 'roleIdentifier', message: 'roleIdentifier does not match birthDate_YYYYMMDD' },
        ]);
      }
      roleIdentifier = role.roleIdentifier;
    }

    const isUnsafeConsent = parentEmail === PRIVO_TRIGGER_EMAILS.unsafeConsentUrl;
    const isNoConsent = parentEmail === PRIVO_TRIGGER_EMAILS.noConsentUrl;
    const laterConsent = consentTrigger(parentEmail);
    const adult = adults.find((candidate) => candidate.email.toLowerCase() === parentEmail);
    if (!adult && !isUnsafeConsent && !isNoConsent && laterConsent === undefined) {
      return privoFailure(404, 'No adult account matches parentEmail', now);
    }
    if (adult && adult.childServiceIds.length > 0) {
      return privoFailure(
        208,
        'The adult already has a child account: register further children with /api/account/parent',
        now,
      );
    }
    const taken: FieldError[] = [];
    if (input.email !== undefined && isTaken('email', input.email)) {
      taken.push({ field: 'email', message: 'email is already in use' });
    }
    if (input.userName !== undefined && isTaken('userName', input.userName)) {
      taken.push({ field: 'userName', message: 'userName is already in use' });
    }
    if (taken.length > 0) {
      return privoFailure(
        412,
        `${taken.map((error) => error.field).join(' and ')} already in use`,
        now,
        taken,
      );
    }

    const serviceId = context.token(22);
    const consentToken = context.token(16);
    const consentUrl = isNoConsent
      ? null
      : isUnsafeConsent
        ? `javascript:alert(document.domain)//${consentToken}`
        : `${SANDBOX_CONSENT_ORIGIN}/e/r/a?token=${consentToken}`;
    const gender = input.gender === undefined ? undefined : GENDERS.get(input.gender.toLowerCase());
    const entity = childEntity({
      serviceId,
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      userName: input.userName ?? null,
      email: input.email ?? null,
      birthDate,
      gender: gender?.gender ?? null,
      genderType: gender?.genderType ?? null,
      roleIdentifier: roleIdentifier as string,
      consentUrl,
      now,
    });
    const parentServiceId = adult?.serviceId ?? triggerAdultServiceId(parentEmail);
    childAccounts = [
      ...childAccounts,
      {
        serviceId,
        parentServiceId,
        parentEmail: adult?.email ?? parentEmail,
        entity,
        consentStatus: 'pending',
        resendCount: 0,
        lastResentAt: null,
      },
    ];
    if (adult) {
      adults = adults.map((candidate) =>
        candidate === adult
          ? { ...candidate, childServiceIds: [...candidate.childServiceIds, serviceId] }
          : candidate,
      );
    }
    context.changed();
    if (laterConsent !== undefined) context.consentTriggered(serviceId, laterConsent);
    return privoEnvelope(200, { status: 'success', message: null, entity }, now);
  };

  const setConsentStatus = (serviceId: string, status: SandboxConsentStatus) => {
    const child = childAccounts.find((candidate) => candidate.serviceId === serviceId);
    if (!child) return undefined;
    if (child.consentStatus === status) return child;
    const updated = { ...child, consentStatus: status };
    childAccounts = childAccounts.map((candidate) => (candidate === child ? updated : candidate));
    context.changed();
    return updated;
  };

  const resendConsent = ({ query }: BackendRequest): Outcome => {
    const now = context.now();
    const requesterServiceId = query.get('requesterServiceId')?.trim() || undefined;
    const approverServiceId = query.get('approverServiceId')?.trim() || undefined;
    const email = query.get('email')?.trim().toLowerCase() || undefined;
    // PRIVO needs the child and the parent (by service id or email): anything less is its 404
    // (DOMAIN.md), before anything else is looked at.
    if (requesterServiceId === undefined || (approverServiceId === undefined && email === undefined)) {
      return privoFailure(404, 'requesterServiceId and approverServiceId or email are required', now);
    }
    const trigger = privoTrigger(email);
    if (trigger) return privoFailureOutcome(trigger, now);
    const child = childAccounts.find(
      (candidate) =>
        candidate.consentStatus === 'pending' &&
        candidate.serviceId === requesterServiceId &&
        (approverServiceId === undefined || candidate.parentServiceId === approverServiceId) &&
        (email === undefined || candidate.parentEmail.toLowerCase() === email),
    );
    if (!child) return privoFailure(404, 'No pending consent request matches', now);
    if (options.resendCooldownMs > 0 && child.lastResentAt !== null) {
      const waitMs = child.lastResentAt + options.resendCooldownMs - now;
      if (waitMs > 0) {
        return privoFailure(429, 'Consent email was resent recently', now, [], {
          'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))),
        });
      }
    }
    childAccounts = childAccounts.map((candidate) =>
      candidate === child
        ? { ...candidate, resendCount: candidate.resendCount + 1, lastResentAt: now }
        : candidate,
    );
    context.changed();
    // PRIVO's documented answer: the success envelope with `entity: null`.
    return privoEnvelope(200, { status: 'success', message: 'Consent request resent', entity: null }, now);
  };

  return {
    get adults() {
      return adults;
    },
    get childAccounts() {
      return childAccounts;
    },
    account,
    resendConsent,
    setConsentStatus,
    reset: load,
  };
}
