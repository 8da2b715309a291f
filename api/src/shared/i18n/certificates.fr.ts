/** Certificates: what candidates, anyone and schools see of published results (api/src/certification/results). */
export const certificatesFr = {
  errors: {
    attestationUnknown: "Aucune attestation ne correspond à ce certificat : il n'existe pas, ses résultats ne sont pas publiés ou validés, ou il n'est pas le vôtre.",
    noAttestation: "Aucun élève de cette classe n'a de certification validée et publiée : il n'y a pas d'attestation à télécharger.",
    divisionRequired: 'Choisissez une classe (paramètre division).',
  },
};
