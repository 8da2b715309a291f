import type { fr } from './messages.fr';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof fr> = {
  errors: {
    unauthenticated: 'You must be logged in to do this.',
    forbidden: 'You do not have the rights to do this.',
    notFound: 'The requested item cannot be found.',
    internal: 'An unexpected error occurred. Try again later; if it persists, give this number to support: {{requestId}}.',
    tooManyAttempts: 'Too many attempts. Please try again in {{minutes}} minute(s).',
    invalidCredentials: 'The e-mail address or username and/or the password are incorrect.',
    emailAlreadyUsed: 'This e-mail address is already in use. Log in or use "Forgot your password?".',
    invalidRefreshToken: 'Your session has expired. Please log in again.',
    invalidResetToken: 'This reset link is invalid or has expired. Please make a new request.',
    passwordChangeRequired: 'You must choose a new password before going on.',
    queryTooDeep: 'The query is nested too deeply (maximum depth: {{max}}).',
    queryTooComplex: 'The query is too complex ({{complexity}} for a maximum of {{max}}). Split it into several queries.',
    tooManyAliases: 'The query has too many aliases ({{count}} for a maximum of {{max}}).',
    batchTooLarge: 'Too many operations in one request ({{count}} for a maximum of {{max}}).',
    payloadTooLarge: 'The request is too large (maximum {{max}}).',
    malformedRequest: 'The request is malformed: {{detail}}',
    graphqlValidation: 'The GraphQL query is invalid: {{detail}}',
    notCurrentChallenge: 'This question is no longer the current one: the page will show the current question.',
    assessmentCompleted: 'This test is over: you can no longer answer it.',
    retryNotAvailable: 'You can retry this competence in {{days}} day(s).',
    retryNotPossible: 'This competence cannot be retried: finish its test first, or you already reached the maximum level.',
    resetNotAvailable: 'Reset available in {{days}} day(s).',
    resetNotPossible: 'There is nothing to reset: this competence has not been tested yet.',
    competenceUnknown: 'This competence does not exist.',
    tutorialUnknown: 'This tutorial does not exist.',
    field: {
      required: 'This field is required.',
      tooLong: 'This field cannot be longer than {{max}} characters.',
      emailInvalid: 'The e-mail address is not valid (example: first.last@example.com).',
      passwordWeak: 'The password must have at least 8 characters, including an upper-case letter, a lower-case letter and a digit.',
      passwordTooLong: 'The password cannot be longer than {{max}} characters.',
      cguNotAccepted: 'You must accept the terms of use to create an account.',
      localeUnknown: 'Unknown language: choose "fr" or "en".',
      invalidCursor: 'The pagination cursor is invalid.',
      pageSize: 'The number of items requested must be between 1 and {{max}}.',
      answerMalformed: 'The answer sent does not fit this question (choose one of the proposals or fill in the fields).',
      answerTooLong: 'The answer cannot be longer than {{max}} characters.',
      idempotencyKey: 'The answer key is invalid (1 to 64 characters).',
    },
  },
  mail: {
    passwordReset: {
      subject: 'Resetting your password',
      text: 'Hello {{firstName}},\n\nYou asked to reset your password. This link is valid for {{minutes}} minutes and can be used once:\n{{link}}\n\nIf you did not ask for this, ignore this message: your password stays unchanged.',
    },
  },
};
