import type { picker as en } from '../en/picker.js';

/** Mensagens do ChildPicker em português do Brasil. */
export const picker: Record<keyof typeof en, string> = {
  'picker.label': 'Filhos para vincular',
  'picker.placeholder': 'Busque por nome, e-mail ou documento',
  'picker.toggle': 'Mostrar identidades correspondentes',
  'picker.selected': 'Selecionados',
  'picker.removeChip': 'Remover {name}',
  'picker.linked': 'Já vinculado',
  'picker.selectedOption': 'Selecionado',
  'picker.document': '{type} {number}',
  'picker.unnamed': 'Sem nome ({id})',
  'picker.loading': 'Buscando…',
  'picker.empty': 'Nenhum resultado para “{query}”.',
  'picker.noCandidates': 'Ainda não há ninguém para vincular.',
  'picker.searchError': 'A busca falhou.',
  'picker.submit': 'Vincular {count, plural, =0 {filhos} one {# filho} other {# filhos}}',
  'picker.submitEmpty': 'Vincular filhos',
  'picker.success': '{names} {count, plural, one {vinculado} other {vinculados}}.',
  'picker.successStatus': 'Status de {parent}: {status}.',
  'picker.parent': 'A identidade principal',
};
