import type { form as en } from '../en/form.js';

/** Messages du formulaire d’ajout d’un enfant. */
export const form: Record<keyof typeof en, string> = {
  'form.firstName': 'Prénom',
  'form.lastName': 'Nom',
  'form.userName': 'Nom d’utilisateur',
  'form.birthDate': 'Date de naissance',
  'form.birthDay': 'Jour',
  'form.birthMonth': 'Mois',
  'form.birthYear': 'Année',
  'form.role': 'Tranche d’âge',
  'form.gender': 'Genre',
  'form.gender.none': 'Je préfère ne pas répondre',
  'form.gender.choose': 'Choisissez une option',
  'form.gender.female': 'Féminin',
  'form.gender.male': 'Masculin',
  'form.email': 'E-mail de l’enfant',
  'form.parentEmail': 'E-mail du parent',
  'form.optional': '(facultatif)',
  'form.submit': 'Ajouter l’enfant',
  'form.pending': 'Ajout de l’enfant…',
  'form.addForAnotherParent': 'Ajouter un enfant pour un autre parent',
  'form.nextChild': 'Pour ajouter un autre enfant, le parent peut utiliser son propre compte PRIVO.',
  'form.parentAccountLink': 'Ouvrir le compte PRIVO du parent (nouvel onglet)',
  'form.errorIn': '{field}\u00a0: {message}',
};
