/** Route patterns of Pix Certif (inside its base path /certif/) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  /** The learner app's page (outside this console's base path): a plain link, not a route. */
  forgotPassword: () => '/mot-de-passe-oublie',
};
