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
};
