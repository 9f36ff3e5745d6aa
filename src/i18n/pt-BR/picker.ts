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
  'picker.serverPlaceholder': 'E-mail, documento ou telefone',
  'picker.serverHint': 'Pesquise por {fields}.',
  'picker.searchField.email': 'e-mail',
  'picker.searchField.documentNumber': 'número do documento',
  'picker.searchField.phone': 'telefone com código do país (+55\u00a011\u00a091234\u00a05678)',
  'picker.unsupportedQuery':
    'Não é possível pesquisar por nome aqui: digite o e-mail, o número do documento ou o telefone completo do seu filho.',
  'picker.loadingMore': 'Carregando mais…',
  'picker.loadedMore':
    '{count, plural, one {Mais # identidade carregada.} other {Mais # identidades carregadas.}}',
  'picker.loadMoreError': 'Não foi possível carregar mais resultados.',
  'fieldError.invalid-id': 'Este identificador de identidade não pode ser usado.',
};
