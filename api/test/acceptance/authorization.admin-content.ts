/**
 * Pix Admin's "Contenu" and "Bac à sable" (issue 16) in the authorization matrix of
 * authorization.test.ts: the content team (SUPER_ADMIN, METIER) only; the support and certification
 * teams, learners and centres' members are refused. The reads and tries store nothing (the
 * operations themselves are tested in admin-content.test.ts).
 */
const CONTENT_TEAM = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', SUPPORT: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' } as const;

/** Everyone but the content team refused, members of organisations or centres and integrators included. */
const CONTENT_TEAM_ONLY = { anonymous: 'UNAUTHENTICATED', SUPER_ADMIN: 'ok', METIER: 'ok', default: 'FORBIDDEN' } as const;

export const ADMIN_CONTENT_MATRIX = {
  contentChallenge: { query: '{ contentChallenge(id: "variablesAlgo2-a") { id solution exampleCorrectAnswer skill { level } alternatives { reference } tutorials { link } } }', expected: CONTENT_TEAM },
  contentTree: { query: '{ contentTree { version areas { code } competences { code } tubes { name } skills { name challengeCount } } }', expected: CONTENT_TEAM },
  contentChallenges: {
    query: '{ contentChallenges(first: 5, filter: { types: [QROC], level: 2, hasFile: false }) { totalCount edges { node { reference skillName } } } }',
    expected: CONTENT_TEAM,
  },
  previewAnswer: {
    query: '{ previewAnswer(input: { type: QROC, solution: "[\\"Paris\\"]", tolerancesOff: [T3], value: "paris" }) { result details { variant tolerance } } }',
    expected: CONTENT_TEAM,
  },
  tryChallengeAnswer: { query: '{ tryChallengeAnswer(challengeId: "variablesAlgo2-a", value: "1") { result details { matched } } }', expected: CONTENT_TEAM },
  // Each challenge's measured difficulty (challenge-statistics.test.ts).
  challengeStatistics: {
    query: '{ challengeStatistics(first: 5, filter: { flaggedOnly: true, competenceId: "1.1" }) { totalCount refreshedAt edges { node { id flags { code reason } } } } }',
    expected: CONTENT_TEAM_ONLY,
  },
  refreshChallengeStatistics: { query: 'mutation { refreshChallengeStatistics }', expected: CONTENT_TEAM_ONLY },
};
