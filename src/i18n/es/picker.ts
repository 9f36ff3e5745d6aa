import type { picker as en } from '../en/picker.js';

/** Mensajes de ChildPicker en español. */
export const picker: Record<keyof typeof en, string> = {
  'picker.label': 'Hijos para vincular',
  'picker.placeholder': 'Busca por nombre, correo o documento',
  'picker.toggle': 'Mostrar identidades que coinciden',
  'picker.selected': 'Seleccionados',
  'picker.removeChip': 'Quitar a {name}',
  'picker.linked': 'Ya vinculado',
  'picker.selectedOption': 'Seleccionado',
  'picker.document': '{type} {number}',
  'picker.unnamed': 'Sin nombre ({id})',
  'picker.loading': 'Buscando…',
  'picker.empty': 'No hay coincidencias para «{query}».',
  'picker.noCandidates': 'Todavía no hay a quién vincular.',
  'picker.searchError': 'La búsqueda falló.',
  'picker.submit': 'Vincular {count, plural, =0 {hijos} one {# hijo} other {# hijos}}',
  'picker.submitEmpty': 'Vincular hijos',
  'picker.success': 'Se vinculó a {names}.',
  'picker.successStatus': 'Estado de {parent}: {status}.',
  'picker.parent': 'La identidad principal',
  'picker.serverPlaceholder': 'Correo, documento o teléfono',
  'picker.serverHint': 'Busque por {fields}.',
  'picker.searchField.email': 'correo electrónico',
  'picker.searchField.documentNumber': 'número de documento',
  'picker.searchField.phone': 'teléfono con código de país (+56\u00a09\u00a01234\u00a05678)',
  'picker.unsupportedQuery':
    'Aquí no se puede buscar por nombre: escriba el correo, el número de documento o el teléfono completo de su hijo.',
  'picker.loadingMore': 'Cargando más…',
  'picker.loadedMore':
    '{count, plural, one {Se cargó # identidad más.} other {Se cargaron # identidades más.}}',
  'picker.loadMoreError': 'No se pudieron cargar más resultados.',
  'fieldError.invalid-id': 'Este identificador de identidad no se puede usar.',
};
