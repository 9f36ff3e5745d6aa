import type { form as en } from '../en/form.js';

/** Mensajes del formulario para añadir un menor. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'Nombre',
  'form.lastName': 'Apellido',
  'form.userName': 'Nombre de usuario',
  'form.birthDate': 'Fecha de nacimiento',
  'form.birthDay': 'Día',
  'form.birthMonth': 'Mes',
  'form.birthYear': 'Año',
  'form.role': 'Grupo de edad',
  'form.gender': 'Género',
  'form.gender.none': 'Prefiero no decirlo',
  'form.gender.choose': 'Elija una opción',
  'form.gender.female': 'Femenino',
  'form.gender.male': 'Masculino',
  'form.email': 'Correo del menor',
  'form.parentEmail': 'Correo del padre o la madre',
  'form.optional': '(opcional)',
  'form.submit': 'Agregar menor',
  'form.pending': 'Agregando al menor…',
  'form.addForAnotherParent': 'Agregar un menor de otro padre o madre',
  'form.nextChild':
    'Para agregar otro menor de este padre o madre, el padre o la madre puede usar su propia cuenta de PRIVO.',
  'form.parentAccountLink': 'Abrir la cuenta de PRIVO del padre o la madre (se abre en una pestaña nueva)',
  'form.errorIn': '{field}: {message}',
};
