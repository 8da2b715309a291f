/** Route patterns of the learner app (French paths) and typed URL builders. */
export const paths = {
  home: '/',
  logIn: '/connexion',
  /** A pupil's first sign-in through the ENT (GAR): campaign code and birth date (the GAR's token in the fragment). */
  garSignIn: '/connexion/gar',
  /** Ends the platform's session, then offers the ENT's own log-out (GAR). */
  garSignOut: '/deconnexion/gar',
  signUp: '/inscription',
  forgotPassword: '/mot-de-passe-oublie',
  resetPassword: '/changer-mot-de-passe',
  /** After a log-in with a temporary password: the pupil chooses their own (token in the router state, never in the URL). */
  temporaryPassword: '/mot-de-passe-provisoire',
  termsOfUse: '/conditions-generales-d-utilisation',
  competence: '/competences/:id',
  /** Starts (or resumes) the positioning test of a competence, then redirects to `assessment`. */
  competenceEvaluation: '/competences/:id/evaluation',
  /** One positioning test: the current challenge, the checkpoints. */
  assessment: '/evaluations/:assessmentId',
  savedTutorials: '/mes-tutos',
  certification: '/certification',
  /** Joining a certification session (protected): N° de session, identity, access code (`?code=` from "J'ai un code"). */
  certificationJoin: '/certification/rejoindre',
  /** A certification test: waiting for the invigilator, the questions on the server's clock, the end screen. */
  certificationTest: '/certification/tests/:courseId',
  /** "Mes certifications": the learner's certifications and their state. */
  myCertifications: '/mes-certifications',
  /** One certificate of the learner: score, levels, verification code, attestation. */
  myCertificate: '/mes-certifications/:id',
  /** The public verification of a certificate by its code (anyone; `?code=` pre-fills it). */
  verifyCertificate: '/verifier-un-certificat',
  /** "J'ai un code": the field for a campaign code (anyone). */
  campaigns: '/campagnes',
  /** A campaign's landing page, the direct link handed out by teachers (anyone). */
  campaignLanding: '/campagnes/:code',
  /** A school's campaign, for a visitor (anyone): "J'ai déjà un compte Pix" or "Je n'ai pas de compte". */
  campaignPupilChoice: '/campagnes/:code/eleve',
  /** "Je n'ai pas de compte" (anyone): the pupil's identity, then the account created and linked to the pupil. */
  campaignNewAccount: '/campagnes/:code/nouveau-compte',
  /** Joining a campaign (protected): reconciliation, external identifier, then the test or "Envoyer mon profil". */
  campaignJoin: '/campagnes/:code/acces',
  /** A campaign's test: the same challenges and checkpoints as positioning, with the parcours' progress. */
  campaignAssessment: '/campagnes/:code/evaluation/:assessmentId',
  /** A participation: the results and "J'envoie mes résultats", or the profile sent. */
  campaignParticipation: '/campagnes/:code/resultats/:participationId',
} as const;

export const urls = {
  home: () => paths.home,
  logIn: () => paths.logIn,
  signUp: () => paths.signUp,
  forgotPassword: () => paths.forgotPassword,
  resetPassword: (token: string) => `${paths.resetPassword}?${new URLSearchParams({ token }).toString()}`,
  temporaryPassword: () => paths.temporaryPassword,
  termsOfUse: () => paths.termsOfUse,
  competence: (id: string) => `/competences/${encodeURIComponent(id)}`,
  /** The positioning test of a competence ("Commencer"): starts it or resumes the one in progress. */
  competenceEvaluation: (id: string) => `/competences/${encodeURIComponent(id)}/evaluation`,
  assessment: (assessmentId: string) => `/evaluations/${encodeURIComponent(assessmentId)}`,
  savedTutorials: () => paths.savedTutorials,
  certification: () => paths.certification,
  certificationJoin: (options: { accessCode?: string; resume?: boolean } = {}) => {
    const query = new URLSearchParams();
    if (options.accessCode) query.set('code', options.accessCode);
    if (options.resume) query.set('reprendre', '1');
    const text = query.toString();
    return text ? `${paths.certificationJoin}?${text}` : paths.certificationJoin;
  },
  certificationTest: (courseId: string) => `/certification/tests/${encodeURIComponent(courseId)}`,
  myCertifications: () => paths.myCertifications,
  myCertificate: (id: string) => `/mes-certifications/${encodeURIComponent(id)}`,
  verifyCertificate: (code?: string) => (code ? `${paths.verifyCertificate}?${new URLSearchParams({ code }).toString()}` : paths.verifyCertificate),
  campaigns: () => paths.campaigns,
  campaignLanding: (code: string) => `/campagnes/${encodeURIComponent(code)}`,
  campaignPupilChoice: (code: string) => `/campagnes/${encodeURIComponent(code)}/eleve`,
  campaignNewAccount: (code: string) => `/campagnes/${encodeURIComponent(code)}/nouveau-compte`,
  campaignJoin: (code: string) => `/campagnes/${encodeURIComponent(code)}/acces`,
  campaignAssessment: (code: string, assessmentId: string) => `/campagnes/${encodeURIComponent(code)}/evaluation/${encodeURIComponent(assessmentId)}`,
  campaignParticipation: (code: string, participationId: string) =>
    `/campagnes/${encodeURIComponent(code)}/resultats/${encodeURIComponent(participationId)}`,
};
