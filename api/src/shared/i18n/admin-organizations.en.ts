/** Pix Admin's organisations and certification centres (api/src/organizational-entities, certification/session-management, team). */
export const adminOrganizationsEn = {
  errors: {
    provinceCode: 'The province code has 2 or 3 digits, or 2A / 2B (example: 075).',
    tagUnknown: 'One of the chosen tags does not exist: reload the page and choose them again.',
    organizationArchived: 'This organisation is archived: it can no longer be changed and its members can no longer act in it.',
    centerArchived: 'This certification centre is archived: it can no longer be changed and its members can no longer act in it.',
    lastCenterAdmin: 'At least one administrator must remain in the certification centre: first make someone else an administrator.',
  },
};
