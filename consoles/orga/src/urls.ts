/** Route patterns of Pix Orga (inside its base path /orga/) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  /** "Activez ou récupérez votre espace" (public). */
  activation: '/activation',
  /** The link of an invitation e-mail: `/rejoindre?code=…` (public). */
  join: '/rejoindre',
  organization: '/organisations/:organizationId',
  team: '/organisations/:organizationId/equipe',
  /** "Élèves": the pupils of a school (organisations that manage pupils). */
  pupils: '/organisations/:organizationId/eleves',
  /** "Certifications": a school's pupils' published certification results, class by class. */
  certificationResults: '/organisations/:organizationId/certifications',
  /** "Campagnes": the organisation's campaigns (every organisation). */
  campaigns: '/organisations/:organizationId/campagnes',
  /** "Créer une campagne" (a static segment: it wins over `:campaignId`). */
  campaignCreation: '/organisations/:organizationId/campagnes/creation',
  campaign: '/organisations/:organizationId/campagnes/:campaignId',
} as const;

const organizationPath = (organizationId: string) => `/organisations/${encodeURIComponent(organizationId)}`;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  activation: () => paths.activation,
  join: (code: string) => `${paths.join}?${new URLSearchParams({ code }).toString()}`,
  organization: organizationPath,
  team: (organizationId: string) => `${organizationPath(organizationId)}/equipe`,
  pupils: (organizationId: string) => `${organizationPath(organizationId)}/eleves`,
  certificationResults: (organizationId: string) => `${organizationPath(organizationId)}/certifications`,
  campaigns: (organizationId: string) => `${organizationPath(organizationId)}/campagnes`,
  campaignCreation: (organizationId: string) => `${organizationPath(organizationId)}/campagnes/creation`,
  campaign: (organizationId: string, campaignId: string) => `${organizationPath(organizationId)}/campagnes/${encodeURIComponent(campaignId)}`,
  /** The learner app's pages (outside this console's base path): plain links, not routes. */
  forgotPassword: () => '/mot-de-passe-oublie',
  termsOfUse: () => '/conditions-generales-d-utilisation',
};

/**
 * The same section in another organisation (the switcher keeps home, "Équipe", "Campagnes"…). Only
 * the section is kept: a campaign of one organisation means nothing in another one.
 */
export function switchOrganizationPath(pathname: string, organizationId: string): string {
  const match = /^\/organisations\/[^/]+(\/[^/]+)?/.exec(pathname);
  return `${organizationPath(organizationId)}${match?.[1] ?? ''}`;
}
