import type { form as en } from '../en/form.js';

/** Mensagens do formulário para adicionar uma criança. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'Nome',
  'form.lastName': 'Sobrenome',
  'form.userName': 'Nome de usuário',
  'form.birthDate': 'Data de nascimento',
  'form.birthDay': 'Dia',
  'form.birthMonth': 'Mês',
  'form.birthYear': 'Ano',
  'form.role': 'Faixa etária',
  'form.gender': 'Gênero',
  'form.gender.none': 'Prefiro não dizer',
  'form.gender.choose': 'Escolha uma opção',
  'form.gender.female': 'Feminino',
  'form.gender.male': 'Masculino',
  'form.email': 'E-mail da criança',
  'form.parentEmail': 'E-mail do responsável',
  'form.optional': '(opcional)',
  'form.submit': 'Adicionar criança',
  'form.pending': 'Adicionando a criança…',
  'form.addForAnotherParent': 'Adicionar uma criança de outro responsável',
  'form.nextChild':
    'Para adicionar outra criança deste responsável, o responsável pode usar a própria conta no PRIVO.',
  'form.parentAccountLink': 'Abrir a conta do responsável no PRIVO (abre em uma nova aba)',
  'form.errorIn': '{field}: {message}',
};
