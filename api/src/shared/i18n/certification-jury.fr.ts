/** The certification's jury and the publication of results (api/src/certification/results). */
export const certificationJuryFr = {
  errors: {
    courseUnknown: "Cette certification n'existe pas.",
    sessionNotFinalized: "Cette session n'est pas encore finalisée par son centre : le jury ne peut ni la traiter ni la publier.",
    sessionPublished: 'Les résultats de cette session sont publiés : dépubliez-la avant de modifier une certification.',
    sessionNotPublished: "Les résultats de cette session ne sont pas publiés : il n'y a rien à dépublier.",
    challengeNotInCourse: "Cette épreuve ne fait pas partie de la certification n° {{courseId}} : choisissez une des questions de ce test.",
    alreadyNeutralized: 'La question {{number}} est déjà neutralisée.',
    notNeutralized: "La question {{number}} n'est pas neutralisée : il n'y a rien à dé-neutraliser.",
    decisionTaken: 'Le jury a déjà annulé cette certification ou l’a rejetée pour fraude : annulez d’abord cette décision.',
    notCancelled: "Cette certification n'est pas annulée par le jury.",
    notRejected: "Cette certification n'est pas rejetée pour fraude.",
  },
  mail: {
    candidate: {
      subject: 'Vos résultats de certification Pix sont disponibles',
      text: 'Bonjour {{firstName}},\n\nLes résultats de votre certification Pix passée le {{date}} au centre {{center}} sont disponibles.\n\nRetrouvez-les dans votre espace Pix libre, rubrique « Mes certifications » :\n{{link}}\n\nVous y trouverez votre certificat, son attestation à télécharger et son code de vérification.',
    },
    recipient: {
      subject: 'Résultats de certification Pix de {{name}}',
      text: 'Bonjour,\n\nLes résultats de la certification Pix de {{name}}, passée le {{date}} au centre {{center}}, sont disponibles.\n\n{{name}} les retrouve dans son espace Pix libre, rubrique « Mes certifications » ({{link}}), et peut vous transmettre le code de vérification de son certificat.',
    },
  },
};
