import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, getApiErrors, useAuth, useDocumentTitle, type LogInValues, type SignUpValues } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { rememberOrganization } from '../../organizations/current-organization';
import { urls } from '../../urls';
import { JoinPage, type JoinStep } from './components/JoinPage';
import { JoinUnavailablePage } from './components/JoinUnavailablePage';
import { AcceptOrganizationInvitationMutation, OrganizationInvitationQuery } from './join.graphql';

interface JoinErrors {
  logIn?: unknown;
  signUp?: unknown;
  accept?: unknown;
}

/**
 * Loads an invitation by its code, then joins its organisation: at once for a logged-in user,
 * after logging in or creating an account for a visitor; then opens the organisation.
 */
export function JoinView({ code }: { code: string }) {
  const { t } = useTranslation();
  const { user, loading: authLoading, logIn, signUp, logOut } = useAuth();
  const navigate = useNavigate();
  const { data, previousData, loading, error } = useQuery(OrganizationInvitationQuery, { variables: { code }, fetchPolicy: 'network-only' });
  const [acceptInvitation] = useMutation(AcceptOrganizationInvitationMutation);
  const [pending, setPending] = useState<JoinStep | null>(null);
  const [errors, setErrors] = useState<JoinErrors>({});
  // Logging in empties the Apollo cache: the invitation stays on screen meanwhile.
  const invitation = (data ?? previousData)?.organizationInvitation;
  const invalid = getApiErrors(error).some((apiError) => apiError.code === 'INVITATION_INVALID');
  useDocumentTitle(invalid ? t('console.join.unavailableTitle') : t('console.join.documentTitle'));

  const accept = async () => {
    setPending('accept');
    setErrors({});
    try {
      const result = await acceptInvitation({ variables: { code } });
      const organizationId = result.data?.acceptOrganizationInvitation.organization.id;
      if (!organizationId) throw new Error('acceptOrganizationInvitation returned no organisation');
      rememberOrganization(organizationId);
      navigate(urls.organization(organizationId), { replace: true });
    } catch (caught) {
      setErrors({ accept: caught });
      setPending(null);
    }
  };

  const authenticateThenAccept = async (step: 'logIn' | 'signUp', authenticate: () => Promise<unknown>) => {
    setPending(step);
    setErrors({});
    try {
      await authenticate();
    } catch (caught) {
      setErrors({ [step]: caught });
      setPending(null);
      return;
    }
    await accept();
  };

  if (authLoading || (loading && !invitation)) return <PageLoader />;
  if (!invitation) return invalid ? <JoinUnavailablePage error={error} /> : <ErrorAlert error={error} />;
  return (
    <JoinPage
      invitation={invitation}
      userName={user ? `${user.firstName} ${user.lastName}` : null}
      pending={pending}
      logInError={errors.logIn}
      signUpError={errors.signUp}
      acceptError={errors.accept}
      onLogIn={(values: LogInValues) => void authenticateThenAccept('logIn', () => logIn(values))}
      onSignUp={(values: SignUpValues) => void authenticateThenAccept('signUp', () => signUp(values))}
      onJoin={() => void accept()}
      onLogOut={() => void logOut()}
    />
  );
}
