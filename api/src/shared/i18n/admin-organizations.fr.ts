/** Pix Admin's organisations and certification centres (api/src/organizational-entities, certification/session-management, team). */
export const adminOrganizationsFr = {
  errors: {
    provinceCode: 'Le code du département compte 2 ou 3 chiffres, ou 2A / 2B (exemple : 075).',
    tagUnknown: "Une des étiquettes choisies n'existe pas : rechargez la page et choisissez-les à nouveau.",
    organizationArchived: 'Cette organisation est archivée : elle ne peut plus être modifiée et ses membres ne peuvent plus y agir.',
    centerArchived: 'Ce centre de certification est archivé : il ne peut plus être modifié et ses membres ne peuvent plus y agir.',
    lastCenterAdmin: 'Il doit rester au moins un administrateur dans le centre de certification : nommez d’abord un autre administrateur.',
  },
};
