/** Route patterns of Pix Admin (inside its base path /admin/) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  /** The API clients of partners (staff SUPER_ADMIN). */
  apiClients: '/applications-partenaires',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  apiClients: () => paths.apiClients,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
};
