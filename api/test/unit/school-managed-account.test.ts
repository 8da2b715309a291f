import {
  schoolAccountManagement,
  schoolMayManageAccount,
  UnmanagedAccountReason,
  unmanagedAccountMessageKey,
} from '../../src/prescription/learner-management/domain/school-managed-account';
import { translate } from '../../src/shared/i18n/translate';

describe('the accounts a school may manage for its pupils', () => {
  const madeForAPupil = { email: null, platformRole: null, isMember: false };

  it('are a pupil without an account yet, and a username account made for a pupil', () => {
    expect(schoolAccountManagement(null)).toEqual({ managed: true });
    expect(schoolAccountManagement(madeForAPupil)).toEqual({ managed: true });
    expect(schoolMayManageAccount(madeForAPupil)).toBe(true);
  });

  it("never an account with an e-mail address: the learner's own, whatever else it has", () => {
    const email = { managed: false, reason: UnmanagedAccountReason.EMAIL_ACCOUNT };
    expect(schoolAccountManagement({ ...madeForAPupil, email: 'ines@example.net' })).toEqual(email);
    expect(schoolAccountManagement({ email: 'staff@example.net', platformRole: 'SUPER_ADMIN', isMember: true })).toEqual(email);
    expect(schoolMayManageAccount({ ...madeForAPupil, email: 'ines@example.net' })).toBe(false);
  });

  it('never the account of the platform team or of a member of an organisation, even without an e-mail address', () => {
    const personal = { managed: false, reason: UnmanagedAccountReason.PERSONAL_ACCOUNT };
    expect(schoolAccountManagement({ ...madeForAPupil, platformRole: 'SUPPORT' })).toEqual(personal);
    expect(schoolAccountManagement({ ...madeForAPupil, isMember: true })).toEqual(personal);
  });

  it('says why, and what the pupil can do, in French and in English', () => {
    expect(translate(unmanagedAccountMessageKey(UnmanagedAccountReason.EMAIL_ACCOUNT), {}, 'fr')).toBe(
      'Cet élève se connecte avec son adresse e-mail : il peut utiliser « Mot de passe oublié ? ».',
    );
    expect(translate(unmanagedAccountMessageKey(UnmanagedAccountReason.PERSONAL_ACCOUNT), {}, 'fr')).toContain("n'a pas été créé par l'établissement");
    expect(translate(unmanagedAccountMessageKey(UnmanagedAccountReason.EMAIL_ACCOUNT), {}, 'en')).toBe(
      'This pupil logs in with their e-mail address: they can use "Forgot your password?".',
    );
  });
});
