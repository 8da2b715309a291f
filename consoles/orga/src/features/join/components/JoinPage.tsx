import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert, LoginForm, SignUpForm, getFieldErrors, type LogInValues, type SignUpValues } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '../../../__generated__/graphql';
import { urls } from '../../../urls';

export type JoinStep = 'logIn' | 'signUp' | 'accept';

export interface JoinPageProps {
  invitation: { organizationName: string; role: MembershipRole };
  /** The logged-in user's name; null for a visitor, who logs in or creates an account first. */
  userName: string | null;
  /** What is being done: logging in, signing up, accepting. */
  pending: JoinStep | null;
  logInError: unknown;
  signUpError: unknown;
  acceptError: unknown;
  onLogIn: (values: LogInValues) => void;
  onSignUp: (values: SignUpValues) => void;
  onJoin: () => void;
  onLogOut: () => void;
}

/**
 * The page of an invitation link (props only): whom it invites to, then "Rejoindre" for a
 * logged-in user, or log in / create an account (and join) for a visitor.
 */
export function JoinPage({ invitation, userName, pending, logInError, signUpError, acceptError, onLogIn, onSignUp, onJoin, onLogOut }: JoinPageProps) {
  const { t } = useTranslation();
  const { organizationName } = invitation;
  return (
    <Box component="section" aria-labelledby="join-title" sx={{ maxWidth: userName ? 640 : 1040, mx: 'auto' }}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 }, mb: 3 }}>
        <Typography variant="h1" id="join-title" gutterBottom>
          {t(`console.join.invited.${invitation.role}`, { organizationName })}
        </Typography>
        <Typography>{t(`console.join.roleDescription.${invitation.role}`)}</Typography>
        <ErrorAlert error={acceptError} sx={{ mt: 2 }} />
        {userName && (
          <>
            <Typography sx={{ mt: 2, mb: 2 }}>{t('console.join.loggedInAs', { name: userName })}</Typography>
            <Button variant="contained" size="large" onClick={onJoin} disabled={pending !== null} sx={{ maxWidth: '100%' }}>
              {pending === 'accept' ? t('console.join.joining') : t('console.join.join', { organizationName })}
            </Button>
            <Typography sx={{ mt: 2 }}>
              {t('console.join.notYou')}{' '}
              <Link component="button" type="button" onClick={onLogOut} sx={{ verticalAlign: 'baseline', fontSize: 'inherit' }}>
                {t('console.join.logOut')}
              </Link>
            </Typography>
          </>
        )}
      </Paper>
      {!userName && (
        <>
          <Typography sx={{ mb: 2 }}>{t('console.join.anonymousIntro', { organizationName })}</Typography>
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
            <Paper component="section" variant="outlined" aria-labelledby="join-log-in-title" sx={{ p: { xs: 2, sm: 4 } }}>
              <Typography variant="h2" id="join-log-in-title" gutterBottom>
                {t('console.join.logInTitle')}
              </Typography>
              <Typography color="text.secondary">{t('console.join.logInIntro')}</Typography>
              <LoginForm onSubmit={onLogIn} submitting={pending !== null} error={logInError} />
              <Typography sx={{ mt: 2, textAlign: 'center' }}>
                <Link href={urls.forgotPassword()}>{t('console.forgotPassword')}</Link>
              </Typography>
            </Paper>
            <Paper component="section" variant="outlined" aria-labelledby="join-sign-up-title" sx={{ p: { xs: 2, sm: 4 } }}>
              <Typography variant="h2" id="join-sign-up-title" gutterBottom>
                {t('console.join.signUpTitle')}
              </Typography>
              <Typography color="text.secondary">{t('console.join.signUpIntro')}</Typography>
              <SignUpForm
                onSubmit={onSignUp}
                submitting={pending !== null}
                serverFieldErrors={getFieldErrors(signUpError, { EMAIL_ALREADY_USED: 'email' })}
                serverError={signUpError}
                submitLabel={t('console.signUp.submit')}
                submittingLabel={t('console.signUp.submitting')}
              />
            </Paper>
          </Box>
        </>
      )}
    </Box>
  );
}
