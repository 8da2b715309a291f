/** The certificates' Open Badges credentials (api/src/certification/results, docs/credentials.md). */
export const credentialsEn = {
  errors: {
    certificateUnavailable:
      'This certificate is not available: only its holder downloads it, once the session is published and the certification validated. Log in with the account that took the certification.',
    statusListUnknown: "This revocation list does not exist: its address is the certificate's statusListCredential field.",
  },
};
