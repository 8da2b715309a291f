/** Pix Admin's users (api/src/user-administration). */
export const userAdministrationEn = {
  errors: {
    userUnknown: 'This account does not exist.',
    reasonRequired: 'Give the reason for this action (for example the ticket number): it is kept in the audit log.',
    loginMethodNotUsed: 'This account does not have this login method: reload the page.',
    lastLoginMethod: "This is the account's last login method: add another one before removing it, or anonymise the account.",
    lastIdentifier: 'An account keeps an e-mail address or a username: add one before removing this one, or anonymise the account.',
    noEmail: 'This account has no e-mail address: no reset e-mail can be sent to it.',
    selfAnonymization: 'You cannot anonymise your own account: another team member must do it.',
    staffAnonymization: "This account belongs to a member of the Pix libre team: remove their role first, then anonymise it.",
    staffLoginMethods: 'Only a SUPER_ADMIN changes the login methods of a member of the Pix libre team.',
    alreadyAnonymized: 'This account is already anonymised.',
  },
};
