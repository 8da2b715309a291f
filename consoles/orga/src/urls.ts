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
  /** The learner app's pages (outside this console's base path): plain links, not routes. */
  forgotPassword: () => '/mot-de-passe-oublie',
  termsOfUse: () => '/conditions-generales-d-utilisation',
};

/** The same page in another organisation (the switcher keeps the section: home, "Équipe"…). */
export function switchOrganizationPath(pathname: string, organizationId: string): string {
  const match = /^\/organisations\/[^/]+(\/.*)?$/.exec(pathname);
  return `${organizationPath(organizationId)}${match?.[1] ?? ''}`;
}
