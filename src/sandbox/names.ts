/**
 * Name material for generated identities, per country: common given names and surnames (with
 * their accents), company name parts and legal suffixes, phone formats. Invented combinations only.
 */

/** The countries the sandbox generates identities for (ISO 3166-1 alpha-3). */
export const SANDBOX_COUNTRIES = ['CHL', 'MEX', 'COL', 'PER', 'ARG', 'BRA'] as const;

/** One of `SANDBOX_COUNTRIES`. */
export type SandboxCountry = (typeof SANDBOX_COUNTRIES)[number];

/** What is needed to invent people and companies of one country. */
export interface CountryProfile {
  country: SandboxCountry;
  /** International prefix and the mobile prefix, e.g. `+569`. */
  mobilePrefix: string;
  /** Digits after the prefix. */
  mobileDigits: number;
  femaleNames: readonly string[];
  maleNames: readonly string[];
  surnames: readonly string[];
  /** Hispanic countries write two surnames (father's, mother's); Argentina usually one. */
  surnameCount: 1 | 2;
  companyKinds: readonly string[];
  companyPlaces: readonly string[];
  companySuffixes: readonly string[];
  /** Top-level domain used in company emails (all under `.example`, reserved by RFC 2606). */
  companyDomainSuffix: string;
}

const HISPANIC_FEMALE = [
  'Lucía',
  'Sofía',
  'Valentina',
  'Camila',
  'Martina',
  'Isabella',
  'Daniela',
  'María José',
];
const HISPANIC_MALE = ['José', 'Sebastián', 'Matías', 'Tomás', 'Nicolás', 'Joaquín', 'Andrés', 'Martín'];
const HISPANIC_SURNAMES = [
  'González',
  'Rodríguez',
  'Pérez',
  'Fernández',
  'López',
  'Martínez',
  'Gómez',
  'Díaz',
];

const PROFILES: readonly CountryProfile[] = [
  {
    country: 'CHL',
    mobilePrefix: '+569',
    mobileDigits: 8,
    femaleNames: [
      ...HISPANIC_FEMALE,
      'Isidora',
      'Florencia',
      'Antonia',
      'Catalina',
      'Josefa',
      'Trinidad',
      'Agustina',
    ],
    maleNames: [...HISPANIC_MALE, 'Benjamín', 'Vicente', 'Agustín', 'Cristóbal', 'Maximiliano', 'Ignacio'],
    surnames: [
      ...HISPANIC_SURNAMES,
      'Muñoz',
      'Rojas',
      'Soto',
      'Contreras',
      'Sepúlveda',
      'Araya',
      'Valenzuela',
      'Núñez',
      'Ibáñez',
      'Riquelme',
      'Cárdenas',
      'Henríquez',
      'Vásquez',
      'Peña',
    ],
    surnameCount: 2,
    companyKinds: ['Inversiones', 'Comercial', 'Constructora', 'Transportes', 'Servicios', 'Panadería'],
    companyPlaces: ['Ñuñoa', 'Los Ángeles', 'Valparaíso', 'Concepción', 'Chiloé', 'Maipú', 'Cordillera'],
    companySuffixes: ['SpA', 'Ltda.', 'S.A.'],
    companyDomainSuffix: 'cl.example',
  },
  {
    country: 'MEX',
    mobilePrefix: '+52',
    mobileDigits: 10,
    femaleNames: [...HISPANIC_FEMALE, 'Ximena', 'Guadalupe', 'Itzel', 'Regina', 'Renata', 'Fernanda'],
    maleNames: [...HISPANIC_MALE, 'Santiago', 'Emiliano', 'Diego', 'Leonardo', 'Iñaki', 'Juan Pablo'],
    surnames: [
      ...HISPANIC_SURNAMES,
      'Hernández',
      'García',
      'Ramírez',
      'Cruz',
      'Chávez',
      'Jiménez',
      'Ortega',
      'Luna',
      'Vázquez',
      'Sánchez',
      'Domínguez',
      'Ávila',
      'Ruiz',
    ],
    surnameCount: 2,
    companyKinds: ['Grupo', 'Comercializadora', 'Distribuidora', 'Constructora', 'Servicios', 'Tortillería'],
    companyPlaces: ['Azteca', 'Querétaro', 'Mérida', 'Chapultepec', 'Yucatán', 'Michoacán', 'del Bajío'],
    companySuffixes: ['S.A. de C.V.', 'S. de R.L. de C.V.', 'S.A.P.I. de C.V.'],
    companyDomainSuffix: 'mx.example',
  },
  {
    country: 'COL',
    mobilePrefix: '+573',
    mobileDigits: 9,
    femaleNames: [...HISPANIC_FEMALE, 'Mariana', 'Salomé', 'Luciana', 'Manuela', 'Ángela'],
    maleNames: [...HISPANIC_MALE, 'Andrés Felipe', 'Juan Esteban', 'Samuel', 'Alejandro', 'Julián'],
    surnames: [
      ...HISPANIC_SURNAMES,
      'Ospina',
      'Restrepo',
      'Cardona',
      'Giraldo',
      'Zuluaga',
      'Ramírez',
      'Castaño',
      'Muñoz',
      'Agudelo',
      'Peñaloza',
    ],
    surnameCount: 2,
    companyKinds: ['Cooperativa', 'Distribuidora', 'Inversiones', 'Comercializadora', 'Tostadora', 'Clínica'],
    companyPlaces: ['Medellín', 'Bogotá', 'del Huila', 'Cartagena', 'Popayán', 'Cafetera', 'del Cauca'],
    companySuffixes: ['S.A.S.', 'Ltda.', 'S.A.'],
    companyDomainSuffix: 'co.example',
  },
  {
    country: 'PER',
    mobilePrefix: '+519',
    mobileDigits: 8,
    femaleNames: [...HISPANIC_FEMALE, 'Ana Lucía', 'Milagros', 'Rosa', 'Yesenia', 'Fiorella'],
    maleNames: [...HISPANIC_MALE, 'Luis Ángel', 'Piero', 'Renzo', 'César', 'Álvaro'],
    surnames: [
      ...HISPANIC_SURNAMES,
      'Quispe',
      'Huamán',
      'Mamani',
      'Condori',
      'Flores',
      'Chávez',
      'Ccori',
      'Paredes',
      'Vílchez',
      'Ñahui',
    ],
    surnameCount: 2,
    companyKinds: ['Constructora', 'Inversiones', 'Textil', 'Agroexportadora', 'Transportes', 'Pollería'],
    companyPlaces: ['Inca', 'del Cusco', 'Arequipa', 'del Pacífico', 'Titicaca', 'Miraflores', 'Áncash'],
    companySuffixes: ['S.A.C.', 'E.I.R.L.', 'S.A.'],
    companyDomainSuffix: 'pe.example',
  },
  {
    country: 'ARG',
    mobilePrefix: '+54911',
    mobileDigits: 8,
    femaleNames: [...HISPANIC_FEMALE, 'Delfina', 'Milagros', 'Julieta', 'Agustina', 'Abril'],
    maleNames: [...HISPANIC_MALE, 'Thiago', 'Bautista', 'Lautaro', 'Benjamín', 'Ramiro'],
    surnames: [
      ...HISPANIC_SURNAMES,
      'Benítez',
      'Acosta',
      'Medina',
      'Romero',
      'Sosa',
      'Álvarez',
      'Giménez',
      'Ferrari',
      'Rossi',
      'Gutiérrez',
      'Peña',
    ],
    surnameCount: 1,
    companyKinds: ['Agropecuaria', 'Frigorífico', 'Bodegas', 'Logística', 'Metalúrgica', 'Panificadora'],
    companyPlaces: ['La Pampa', 'Córdoba', 'Patagonia', 'Río de la Plata', 'Tucumán', 'Neuquén', 'Cuyo'],
    companySuffixes: ['S.A.', 'S.R.L.', 'S.A.S.'],
    companyDomainSuffix: 'ar.example',
  },
  {
    country: 'BRA',
    mobilePrefix: '+55119',
    mobileDigits: 8,
    femaleNames: ['Ana Júlia', 'Beatriz', 'Letícia', 'Lívia', 'Luíza', 'Maria Eduarda', 'Thaís', 'Conceição'],
    maleNames: ['João', 'José', 'Gabriel', 'Lucas', 'Matheus', 'Antônio', 'Caio', 'Vinícius'],
    surnames: [
      'Silva',
      'Santos',
      'Oliveira',
      'Souza',
      'Pereira',
      'Lima',
      'Carvalho',
      'Gonçalves',
      'Araújo',
      'Ribeiro',
      'Almeida',
      'Nascimento',
      'Conceição',
      'Magalhães',
      'Brandão',
      'Simões',
      'Assunção',
    ],
    surnameCount: 2,
    companyKinds: ['Comércio', 'Construtora', 'Distribuidora', 'Padaria', 'Tecnologia', 'Transportadora'],
    companyPlaces: ['São Jorge', 'Paulista', 'Ipanema', 'Goiás', 'Paraná', 'Ceará', 'Jundiaí'],
    companySuffixes: ['Ltda.', 'S.A.', 'ME'],
    companyDomainSuffix: 'br.example',
  },
];

/** The name material of each country. */
export const COUNTRY_PROFILES: Readonly<Record<SandboxCountry, CountryProfile>> = Object.fromEntries(
  PROFILES.map((profile) => [profile.country, profile]),
) as Record<SandboxCountry, CountryProfile>;

/** Common nicknames (Conomy's `nickname`) of some given names. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  José: 'Pepe',
  'María José': 'Majo',
  Guadalupe: 'Lupita',
  Ignacio: 'Nacho',
  Sebastián: 'Seba',
  Valentina: 'Vale',
  Alejandro: 'Ale',
  'Andrés Felipe': 'Pipe',
  'Juan Pablo': 'Juanpa',
  Antônio: 'Toninho',
  Francisco: 'Pancho',
  Santiago: 'Santi',
  Florencia: 'Flor',
  Matheus: 'Math',
  'Luis Ángel': 'Lucho',
};

/** Lower-case ASCII slug of a name, for email addresses: `María José Núñez` → `maria.jose.nunez`. */
export function slug(value: string, separator = '.'): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}
