/** Pix Admin's target profiles (api/src/prescription/target-profile). */
export const targetProfileAdministrationFr = {
  errors: {
    notFound: "Ce profil cible n'existe pas : revenez à la liste des profils cibles.",
    categoryUnknown: 'Choisissez une catégorie dans la liste.',
    imageUrlInvalid: "L'adresse de l'image doit commencer par https:// (ou http://) et ne pas contenir d'espace.",
    noTube: 'Choisissez au moins un sujet et son niveau maximum.',
    levelCap: 'Le niveau maximum du sujet {{tubeId}} doit être compris entre 1 et {{max}}.',
    tubeUnknown: "Le sujet {{tubeId}} n'existe pas (ou plus) dans le référentiel : rechargez la page et choisissez-en un autre.",
    tubeTwice: 'Le sujet {{tubeId}} est choisi deux fois : gardez-en un seul.',
    skillsLost:
      'Ce profil cible est utilisé par une campagne : il ne peut pas perdre d’acquis (sujets concernés : {{tubeIds}}). Remettez leur niveau, ou copiez le profil et modifiez la copie.',
    organizationUnknown: "Aucune organisation n'a l'identifiant {{ids}} : vérifiez les identifiants saisis.",
    noOrganization: 'Indiquez au moins une organisation.',
  },
};
