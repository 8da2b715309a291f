/** The certificates' Open Badges credentials (api/src/certification/results, docs/credentials.md). */
export const credentialsFr = {
  errors: {
    certificateUnavailable:
      "Ce certificat n'est pas disponible : seul son titulaire le télécharge, une fois la session publiée et la certification validée. Connectez-vous avec le compte qui a passé la certification.",
    statusListUnknown: "Cette liste de révocation n'existe pas : l'adresse est celle du champ statusListCredential du certificat.",
  },
};
