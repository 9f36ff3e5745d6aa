/**
 * The sandbox's hand-written starting data: 29 Conomy identities (people and organisations of six
 * countries, every documented status plus one undocumented, three families) and PRIVO adult
 * accounts, with stable ids that stories, tests and partners can rely on. The same for every seed.
 */
import type { Identity } from '../core/schemas.js';
import { cnpj, cuit, curp, nit, rfc, ruc, rut } from './documents.js';

/** Stable ids of notable seeded identities (the same in every sandbox). */
export const SANDBOX_IDS = {
  /** Lucía Fernández Rojas (CHL): an ACTIVE person with no children. The default parent. */
  parentUser: '4843fc41-7013-f16c-6893-40029204e821',
  /** Ricardo Martínez Ortega (MEX): an ACTIVE person who already has two children (`linkedChildren`). */
  parentWithChildren: '6530dd584a9147d9b7034b96',
  /** Sofía and Diego Martínez Luna: children of `parentWithChildren` (linking them elsewhere → 409). */
  linkedChildren: ['bded4474-74ed-fea6-22e5-a00a299fd329', '6664ecb57c5b58e99abc0816'],
  /** Cooperativa Cafetera del Huila S.A.S. (COL): an ACTIVE organisation with two children. */
  parentOrganization: '5092b826-4c7d-f864-746d-06ecf776fc11',
  /** Tostadora Café de Pitalito S.A.S.: a subsidiary of `parentOrganization`, itself a parent. */
  subsidiary: '5f52b92a-19d8-f3ec-4d76-d55716f759be',
  /** Manuela Restrepo Cardona: child of `subsidiary`, grandchild of `parentOrganization` (cycle tests). */
  grandchild: '66aebeee24ca1a18c4a95087',
  /** Grupo Logístico Azteca S.A. de C.V. (MEX): an ACTIVE organisation with no children. */
  organizationWithoutChildren: '0c4f1cc8-2b49-f493-e3cf-1d0550533ae0',
  /**
   * ACTIVE people in no family, linkable under any ACTIVE parent. The first two are the ids of the
   * Conomy docs' request sample, the third the 24-hex id of DOMAIN.md.
   */
  linkableChildren: [
    '1a5925ac-4629-f7bf-db28-ac0f655e3eef',
    '3cbf2e28-ff31-804c-829e-bf97ed3d44a2',
    '679d29934a21df7584b38e12',
    '7440da15-8966-ffdc-9a0d-347277e1900b',
    '6317104db098e13504b554c2',
    'e8b6e7fe-1f01-f4e9-2a4a-2d76a53859d1',
  ],
  /** Mateo Gutiérrez (ARG): PENDING, so linking children under him → 422. */
  pendingParent: '6793cd421785dc4eb53cd86c',
  /** Tomás Álvarez (ARG): BLOCKED. */
  blockedParent: '62109e7fefd85a4146bf4933',
  /** Joaquín Beltrán Ossa (COL): status `UNDER_REVIEW`, not in any documented list (must still render). */
  unknownStatus: 'd41c7b09-83e2-f6a5-b1f0-59c2e8a7d364',
  /** Pedro Pablo Quiroga Mamani (PER): ACTIVE, no email on file (`email: null`). */
  withoutEmail: '65b2e9c07d1f4a38b6e5d290',
  /** An id that no identity has: → 404. */
  unknown: '000000000000000000000000',
} as const;

/** Emails and names of the seeded PRIVO accounts. */
export const SANDBOX_EMAILS = {
  /** An adult without children: the default `parentEmail`. */
  adultWithoutChild: 'lucia.fernandez@example.com',
  /** All seeded adults without children (each accepts exactly one child). */
  adultsWithoutChild: [
    'lucia.fernandez@example.com',
    'jose.nunez@example.com',
    'joao.araujo@example.com',
    'sebastian.ibanez@example.com',
    'camila.munoz@example.com',
    'valentina.pena@example.com',
  ],
  /** An adult who already has a child (Sally): creating another → 208. */
  adultWithChild: 'marta.gonzalez@example.com',
  /** The email of Sally, the existing child account: reusing it → 412. */
  takenChildEmail: 'sally.gonzalez@example.com',
  /** Sally's user name (the PRIVO docs' sample): reusing it → 412. */
  takenUserName: 'coolkid23',
  /** No account has this email: as `parentEmail` → 404. */
  unknownAdult: 'nobody@sandbox.test',
} as const;

/** The role identifiers the sandbox's partner configuration knows, with their age ranges (inclusive). */
export const SANDBOX_ROLES: ReadonlyArray<{ roleIdentifier: string; minAge: number; maxAge: number }> = [
  { roleIdentifier: 'childRole', minAge: 0, maxAge: 12 },
  { roleIdentifier: 'teenRole', minAge: 13, maxAge: 17 },
];

/** Origin of the consent pages the sandbox hands out. */
export const SANDBOX_CONSENT_ORIGIN = 'https://sandbox.privo.example';

interface SeedIdentity {
  id: string;
  type: 'USER' | 'ORGANIZATION';
  name: string;
  lastname?: string;
  nickname?: string;
  email: string | null;
  phone: string;
  documentType: string;
  documentNumber: string;
  country: string;
  status: string;
  createdAt: string;
  externalId?: string;
  children?: readonly string[];
}

const I = SANDBOX_IDS;

const SEED: readonly SeedIdentity[] = [
  {
    id: I.parentUser,
    type: 'USER',
    name: 'Lucía',
    lastname: 'Fernández Rojas',
    email: 'lucia.fernandez@example.com',
    phone: '+56987654321',
    documentType: 'RUT',
    documentNumber: rut(16_245_781),
    country: 'CHL',
    status: 'ACTIVE',
    createdAt: '2023-03-14T12:05:41.000Z',
  },
  {
    id: I.parentWithChildren,
    type: 'USER',
    name: 'Ricardo',
    lastname: 'Martínez Ortega',
    email: 'ricardo.martinez@example.com',
    phone: '+525512345678',
    documentType: 'CURP',
    documentNumber: curp({
      firstName: 'Ricardo',
      firstSurname: 'Martínez',
      secondSurname: 'Ortega',
      birthDate: '840312',
      sex: 'H',
      state: 'DF',
      differentiator: '0',
    }),
    country: 'MEX',
    status: 'ACTIVE',
    createdAt: '2022-11-02T16:41:09.000Z',
    children: I.linkedChildren,
  },
  {
    id: I.linkedChildren[0],
    type: 'USER',
    name: 'Sofía',
    lastname: 'Martínez Luna',
    email: 'sofia.martinez@example.com',
    phone: '+525587654321',
    documentType: 'CURP',
    documentNumber: curp({
      firstName: 'Sofía',
      firstSurname: 'Martínez',
      secondSurname: 'Luna',
      birthDate: '120905',
      sex: 'M',
      state: 'DF',
      differentiator: 'A',
    }),
    country: 'MEX',
    status: 'ACTIVE',
    createdAt: '2024-01-20T09:12:30.000Z',
  },
  {
    id: I.linkedChildren[1],
    type: 'USER',
    name: 'Diego',
    lastname: 'Martínez Luna',
    email: 'diego.martinez@example.com',
    phone: '+525511223344',
    documentType: 'CURP',
    documentNumber: curp({
      firstName: 'Diego',
      firstSurname: 'Martínez',
      secondSurname: 'Luna',
      birthDate: '150221',
      sex: 'H',
      state: 'DF',
      differentiator: 'B',
    }),
    country: 'MEX',
    status: 'PENDING_EMAIL_VALIDATION',
    createdAt: '2024-01-20T09:15:02.000Z',
  },
  {
    id: I.parentOrganization,
    type: 'ORGANIZATION',
    name: 'Cooperativa Cafetera del Huila S.A.S.',
    nickname: 'Café del Huila',
    email: 'contacto@cafeteradelhuila.co.example',
    phone: '+576088712345',
    documentType: 'NIT',
    documentNumber: nit(900_412_873),
    country: 'COL',
    status: 'ACTIVE',
    createdAt: '2021-06-30T14:00:00.000Z',
    externalId: 'ERP-COL-0001',
    children: ['621caab5b91e9a1c88609914', I.subsidiary],
  },
  {
    id: '621caab5b91e9a1c88609914',
    type: 'USER',
    name: 'Andrés Felipe',
    lastname: 'Gómez Ospina',
    nickname: 'Pipe',
    email: 'andres.gomez@example.com',
    phone: '+573104567890',
    documentType: 'CED_CIU',
    documentNumber: '1017234568',
    country: 'COL',
    status: 'ACTIVE',
    createdAt: '2021-07-05T10:22:48.000Z',
    externalId: 'EMP-00123',
  },
  {
    id: I.subsidiary,
    type: 'ORGANIZATION',
    name: 'Tostadora Café de Pitalito S.A.S.',
    email: 'contacto@tostadorapitalito.co.example',
    phone: '+576088365412',
    documentType: 'NIT',
    documentNumber: nit(901_238_456),
    country: 'COL',
    status: 'ACTIVE',
    createdAt: '2022-02-11T15:30:00.000Z',
    children: [I.grandchild],
  },
  {
    id: I.grandchild,
    type: 'USER',
    name: 'Manuela',
    lastname: 'Restrepo Cardona',
    email: 'manuela.restrepo@example.com',
    phone: '+573007654321',
    documentType: 'CED_CIU',
    documentNumber: '1023456781',
    country: 'COL',
    status: 'ACTIVE',
    createdAt: '2022-03-01T08:45:12.000Z',
  },
  {
    id: I.linkableChildren[0],
    type: 'USER',
    name: 'José Antonio',
    lastname: 'Núñez Castillo',
    nickname: 'Pepe',
    email: 'jose.nunez@example.com',
    phone: '+56912348765',
    documentType: 'RUT',
    documentNumber: rut(12_874_539),
    country: 'CHL',
    status: 'ACTIVE',
    createdAt: '2023-08-09T18:03:27.000Z',
  },
  {
    id: I.linkableChildren[1],
    type: 'USER',
    name: 'João Pedro',
    lastname: 'Araújo Lima',
    email: 'joao.araujo@example.com',
    phone: '+5511987651234',
    documentType: 'PASSPORT',
    documentNumber: 'FT482913',
    country: 'BRA',
    status: 'ACTIVE',
    createdAt: '2024-05-17T13:26:54.000Z',
  },
  {
    id: I.linkableChildren[2],
    type: 'USER',
    name: 'Sebastián',
    lastname: 'Ibáñez Quispe',
    nickname: 'Seba',
    email: 'sebastian.ibanez@example.com',
    phone: '+51987123456',
    documentType: 'DNI',
    documentNumber: '70451238',
    country: 'PER',
    status: 'ACTIVE',
    createdAt: '2025-01-31T19:47:31.000Z',
  },
  {
    id: I.linkableChildren[3],
    type: 'USER',
    name: 'Valentina',
    lastname: 'Peña',
    nickname: 'Vale',
    email: 'valentina.pena@example.com',
    phone: '+5491145678912',
    documentType: 'DNI',
    documentNumber: '38912457',
    country: 'ARG',
    status: 'ACTIVE',
    createdAt: '2023-10-22T11:11:11.000Z',
  },
  {
    id: I.linkableChildren[4],
    type: 'USER',
    name: 'Camila',
    lastname: 'Muñoz Riquelme',
    email: 'camila.munoz@example.com',
    phone: '+56976543210',
    documentType: 'RUT',
    documentNumber: rut(19_384_765),
    country: 'CHL',
    status: 'ACTIVE',
    createdAt: '2024-09-03T07:58:40.000Z',
  },
  {
    id: I.linkableChildren[5],
    type: 'USER',
    name: 'María José',
    lastname: 'Valdés Ñancupil',
    nickname: 'Majo',
    email: 'majo.valdes@example.com',
    phone: '+56955512345',
    documentType: 'RUT',
    documentNumber: rut(20_145_873),
    country: 'CHL',
    status: 'ACTIVE',
    createdAt: '2025-04-12T22:30:05.000Z',
  },
  {
    id: I.pendingParent,
    type: 'USER',
    name: 'Mateo',
    lastname: 'Gutiérrez',
    email: 'mateo.gutierrez@example.com',
    phone: '+5491167891234',
    documentType: 'DNI',
    documentNumber: '41235876',
    country: 'ARG',
    status: 'PENDING',
    createdAt: '2025-06-01T10:00:00.000Z',
  },
  {
    id: '05e0c8ec-7a9b-fc5c-abc7-b5372ab5b367',
    type: 'USER',
    name: 'Ana Lucía',
    lastname: 'Chávez Torres',
    email: 'analucia.chavez@example.com',
    phone: '+51912345678',
    documentType: 'DNI',
    documentNumber: '45872316',
    country: 'PER',
    status: 'PENDING_PHONE_VALIDATION',
    createdAt: '2025-05-19T16:20:44.000Z',
  },
  {
    id: '653f735dd85cce5917fe0462',
    type: 'ORGANIZATION',
    name: 'Inversiones Ñuñoa SpA',
    email: 'contacto@inversionesnunoa.cl.example',
    phone: '+56222345678',
    documentType: 'RUT',
    documentNumber: rut(76_845_123),
    country: 'CHL',
    status: 'SCREENING',
    createdAt: '2025-02-27T12:00:00.000Z',
  },
  {
    id: I.organizationWithoutChildren,
    type: 'ORGANIZATION',
    name: 'Grupo Logístico Azteca S.A. de C.V.',
    nickname: 'Logística Azteca',
    email: 'contacto@logisticoazteca.mx.example',
    phone: '+525552781234',
    documentType: 'RFC',
    documentNumber: rfc('Grupo Logístico Azteca', '150820', 'K47'),
    country: 'MEX',
    status: 'ACTIVE',
    createdAt: '2020-09-15T17:45:00.000Z',
  },
  {
    id: I.blockedParent,
    type: 'USER',
    name: 'Tomás',
    lastname: 'Álvarez',
    email: 'tomas.alvarez@example.com',
    phone: '+5493514567890',
    documentType: 'DNI',
    documentNumber: '33457812',
    country: 'ARG',
    status: 'BLOCKED',
    createdAt: '2021-12-12T12:12:12.000Z',
  },
  {
    id: '92019994-9d16-fe95-481c-4a8922fd7737',
    type: 'USER',
    name: 'Martina',
    lastname: 'Sánchez Vega',
    email: 'martina.sanchez@example.com',
    phone: '+573158765432',
    documentType: 'CED_EXT',
    documentNumber: '5123478',
    country: 'COL',
    status: 'INACTIVE',
    createdAt: '2020-04-08T09:30:00.000Z',
  },
  {
    id: '660627c3db9fc5c0e8225f8d',
    type: 'USER',
    name: 'Gabriel',
    lastname: 'Souza Conceição',
    email: 'gabriel.souza@example.com',
    phone: '+5521998765432',
    documentType: 'PASSPORT',
    documentNumber: 'GA735201',
    country: 'BRA',
    status: 'PENDING_2FA',
    createdAt: '2025-07-07T07:07:07.000Z',
  },
  {
    id: '7f8d2bd6-6e4c-fd94-9983-0e3d4eef7a5b',
    type: 'USER',
    name: 'Renata',
    lastname: 'Oliveira Gonçalves',
    email: 'renata.oliveira@example.com',
    phone: '+5531987654321',
    documentType: 'PASSPORT',
    documentNumber: 'YB190384',
    country: 'BRA',
    status: 'PENDING_VERIFICATION',
    createdAt: '2025-03-03T15:15:15.000Z',
  },
  {
    id: '640a67adb6640692f688ad9c',
    type: 'USER',
    name: 'Luis Ángel',
    lastname: 'Paredes Huamán',
    nickname: 'Lucho',
    email: 'luis.paredes@example.com',
    phone: '+51998877665',
    documentType: 'DNI',
    documentNumber: '10473829',
    country: 'PER',
    status: 'FAILED_VERIFICATION',
    createdAt: '2024-12-24T23:59:59.000Z',
  },
  {
    id: 'a8fcce99-8cef-f909-125a-2dd0009b0748',
    type: 'USER',
    name: 'Isabella',
    lastname: 'Rossi Ferrari',
    email: 'isabella.rossi@example.com',
    phone: '+51934567812',
    documentType: 'CE',
    documentNumber: '001845273',
    country: 'PER',
    status: 'ACTIVE',
    createdAt: '2024-02-29T10:10:10.000Z',
  },
  {
    id: '65d87199ca87b1045b496ff0',
    type: 'ORGANIZATION',
    name: 'Constructora Inca del Pacífico S.A.C.',
    email: 'contacto@incadelpacifico.pe.example',
    phone: '+5114567890',
    documentType: 'RUC',
    documentNumber: ruc(47_382_915),
    country: 'PER',
    status: 'ACTIVE',
    createdAt: '2019-11-11T11:00:00.000Z',
  },
  {
    id: '2a6f0c3e-5d1b-f7a2-9c84-6e0b3d7f1a25',
    type: 'ORGANIZATION',
    name: 'Agropecuaria La Pampa S.A.',
    email: 'contacto@agrolapampa.ar.example',
    phone: '+542954123456',
    documentType: 'CUIT',
    documentNumber: cuit(71_845_236),
    country: 'ARG',
    status: 'ACTIVE',
    createdAt: '2020-01-15T13:00:00.000Z',
  },
  {
    id: '6701b7e2c4a9d3f58e2b0c71',
    type: 'ORGANIZATION',
    name: 'Padaria Pão de Açúcar do Bairro Ltda.',
    email: 'contato@paodeacucar-bairro.br.example',
    phone: '+551132345678',
    documentType: 'CNPJ',
    documentNumber: cnpj(18_453_927),
    country: 'BRA',
    status: 'PENDING',
    createdAt: '2025-08-18T09:00:00.000Z',
  },
  {
    id: I.unknownStatus,
    type: 'USER',
    name: 'Joaquín',
    lastname: 'Beltrán Ossa',
    email: 'joaquin.beltran@example.com',
    phone: '+573201234567',
    documentType: 'CED_CIU',
    documentNumber: '79845123',
    country: 'COL',
    status: 'UNDER_REVIEW',
    createdAt: '2025-09-09T09:09:09.000Z',
  },
  {
    id: I.withoutEmail,
    type: 'USER',
    name: 'Pedro Pablo',
    lastname: 'Quiroga Mamani',
    email: null,
    phone: '+51956781234',
    documentType: 'DNI',
    documentNumber: '42918374',
    country: 'PER',
    status: 'ACTIVE',
    createdAt: '2023-05-05T05:05:05.000Z',
  },
];

/** Fresh copies of the seeded identities (each sandbox owns its own objects). */
export function seededIdentities(): Identity[] {
  const byId = new Map(SEED.map((seed) => [seed.id, seed]));
  return SEED.map((seed) => ({
    id: seed.id,
    type: seed.type,
    name: seed.name,
    lastname: seed.lastname ?? null,
    nickname: seed.nickname ?? null,
    email: seed.email,
    phone: seed.phone,
    documentNumber: seed.documentNumber,
    documentType: seed.documentType,
    country: seed.country,
    status: seed.status,
    ...(seed.externalId ? { externalId: seed.externalId } : {}),
    children: (seed.children ?? []).map((childId) => {
      const child = byId.get(childId);
      return { id: childId, name: child?.name ?? null, email: child?.email ?? null };
    }),
    createdAt: seed.createdAt,
    updatedAt: seed.createdAt,
  }));
}

/** A seeded PRIVO adult account. */
export interface SeedAdult {
  serviceId: string;
  email: string;
  firstName: string;
  lastName: string;
}

/** The seeded PRIVO adults; `marta.gonzalez@example.com` is the one with a child. */
export const SEED_ADULTS: readonly SeedAdult[] = [
  {
    serviceId: '596758766445486446744e61492b7951557737496d485471644d4b5856673d3d',
    email: 'lucia.fernandez@example.com',
    firstName: 'Lucía',
    lastName: 'Fernández',
  },
  {
    serviceId: '774d4f42364b63723036536549654f4559394d6e6d474f596278415157773d3d',
    email: 'jose.nunez@example.com',
    firstName: 'José',
    lastName: 'Núñez',
  },
  {
    serviceId: '705a522b4c6b315839317975424c4b43504a4f6b463876324168715a32673d3d',
    email: 'joao.araujo@example.com',
    firstName: 'João',
    lastName: 'Araújo',
  },
  {
    serviceId: '703159317a6d52742f48686a474f306147417945746d53486e37486a4d773d3d',
    email: 'sebastian.ibanez@example.com',
    firstName: 'Sebastián',
    lastName: 'Ibáñez',
  },
  {
    serviceId: '6a48474e5431475547354e6f37334352337762327330526c65656b6c71673d3d',
    email: 'camila.munoz@example.com',
    firstName: 'Camila',
    lastName: 'Muñoz',
  },
  {
    serviceId: '685846774b4154793055534b6a4473706879334b6f4474705258575377513d3d',
    email: 'valentina.pena@example.com',
    firstName: 'Valentina',
    lastName: 'Peña',
  },
  {
    serviceId: '464255576f5342534d55692f774f586b7647416d386e3441736b4b7066673d3d',
    email: 'marta.gonzalez@example.com',
    firstName: 'Marta',
    lastName: 'González',
  },
];

/** The seeded child account (Sally, under Marta), as PRIVO's docs show one. */
export const SEED_CHILD = {
  parentServiceId: '464255576f5342534d55692f774f586b7647416d386e3441736b4b7066673d3d',
  serviceId: '45304c4d4a453650464668514a3141655775677a5066724e6e63335864673d3d',
  consentToken: '435a58482f4d68552f6f78413567397231486a4730413d3d',
  firstName: 'Sally',
  lastName: 'González',
  userName: 'coolkid23',
  email: 'sally.gonzalez@example.com',
  /** 2015-06-05, epoch ms (UTC). */
  birthDate: Date.UTC(2015, 5, 5),
  gender: 2,
  genderType: 'Female',
  roleIdentifier: 'childRole',
  creationDate: Date.UTC(2025, 2, 31, 14, 22, 52),
} as const;
