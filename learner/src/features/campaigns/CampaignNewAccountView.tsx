import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, getApiErrors, useAuth, useDocumentTitle, useStartSession } from '@pix-libre/ui-shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { CampaignByCodeQuery as CampaignByCodeData } from '../../__generated__/graphql';
import { urls } from '../../urls';
import { CampaignByCodeQuery, CreateAccountAndReconcileMutation } from './campaigns.graphql';
import { AccountCreatedPage } from './components/AccountCreatedPage';
import { CampaignHeading } from './components/CampaignHeading';
import { CampaignNotFound } from './components/CampaignNotFound';
import { NewAccountForm, type NewAccountValues } from './components/NewAccountForm';
import { ReconciliationForm, type ReconciliationValues } from './components/ReconciliationForm';
import { formatBirthdate } from './domain/birthdate';
import { hasCampaignError } from './domain/campaign-errors';
import type { JoinRouteState, ReconciledPupil } from './domain/join-route-state';

type Campaign = CampaignByCodeData['campaignByCode'];

type Step =
  | { kind: 'identity' }
  | { kind: 'account'; identity: ReconciliationValues }
  | { kind: 'created'; campaign: Campaign; pupil: ReconciledPupil; username: string };

const IDENTITY_FIELDS = ['firstName', 'lastName', 'birthdate'];

/** The refusals that the identity fixes: no pupil, several, a pupil who has an account, a name or date refused. */
function isIdentityRefusal(error: unknown): boolean {
  return getApiErrors(error).some(
    (apiError) =>
      apiError.code === 'RECONCILIATION_NO_MATCH' ||
      apiError.code === 'RECONCILIATION_AMBIGUOUS' ||
      apiError.code === 'LEARNER_ALREADY_LINKED' ||
      (apiError.code === 'BAD_USER_INPUT' && IDENTITY_FIELDS.includes(apiError.field ?? '')),
  );
}

/**
 * "Je n'ai pas de compte" on a campaign of a school that manages its pupils (anyone): "Prénom", "Nom",
 * "Date de naissance", then "Je crée mon compte" (a username, recommended, or an e-mail address; a
 * password; the terms of use). createAccountAndReconcile finds the pupil, creates the account linked
 * to them and opens the session; a username is then shown to be written down, and joining goes on
 * (external identifier, then the test). A refusal about the pupil brings the identity back, as typed.
 */
export function CampaignNewAccountView({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, loading: authLoading } = useAuth();
  const landing = useQuery(CampaignByCodeQuery, { variables: { code } });
  const [create] = useMutation(CreateAccountAndReconcileMutation, { context: { skipAuth: true }, fetchPolicy: 'no-cache' });
  const startSession = useStartSession();
  const [step, setStep] = useState<Step>({ kind: 'identity' });
  const [identity, setIdentity] = useState<ReconciliationValues | null>(null);
  const [identityError, setIdentityError] = useState<unknown>(null);
  const [accountError, setAccountError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  // The session this page opens must not send the pupil away before they see their username.
  const openingSession = useRef(false);

  const campaign = landing.data?.campaignByCode;
  const stepTitle =
    step.kind === 'created' ? t('learner.newAccount.createdTitle') : step.kind === 'account' ? t('learner.newAccount.accountTitle') : t('learner.reconciliation.title');
  const campaignName = step.kind === 'created' ? step.campaign.name : campaign?.name;
  useDocumentTitle(campaignName ? `${stepTitle} - ${campaignName}` : null);

  const goOnJoining = (target: Campaign, pupil: ReconciledPupil) => {
    const state: JoinRouteState = { reconciled: pupil, accountCreated: true };
    navigate(urls.campaignJoin(target.code), { replace: true, state });
  };

  const submit = async (target: Campaign, typed: ReconciliationValues, account: NewAccountValues) => {
    setSubmitting(true);
    setAccountError(null);
    try {
      const input = {
        campaignCode: target.code,
        ...typed,
        withUsername: account.withUsername,
        ...(account.withUsername ? {} : { email: account.email }),
        password: account.password,
        cgu: account.cgu,
      };
      const { data } = await create({ variables: { input } });
      if (!data) throw new Error('createAccountAndReconcile returned no data');
      const payload = data.createAccountAndReconcile;
      openingSession.current = true;
      await startSession(payload);
      const pupil = { firstName: payload.user.firstName, lastName: payload.user.lastName, organizationName: target.organizationName };
      if (payload.user.username) setStep({ kind: 'created', campaign: target, pupil, username: payload.user.username });
      else goOnJoining(target, pupil);
    } catch (caught) {
      openingSession.current = false;
      setSubmitting(false);
      if (isIdentityRefusal(caught)) {
        setIdentityError(caught);
        setStep({ kind: 'identity' });
      } else {
        setAccountError(caught);
      }
    }
  };

  if (step.kind === 'created') {
    return (
      <AccountCreatedPage
        campaignName={step.campaign.name}
        organizationName={step.pupil.organizationName}
        firstName={step.pupil.firstName}
        lastName={step.pupil.lastName}
        username={step.username}
        onContinue={() => goOnJoining(step.campaign, step.pupil)}
      />
    );
  }
  if (authLoading || openingSession.current) return <PageLoader />;
  if (user) return <Navigate to={urls.campaignJoin(code)} replace />;
  if (!campaign) {
    if (landing.loading) return <PageLoader />;
    if (hasCampaignError(landing.error, 'NOT_FOUND') || hasCampaignError(landing.error, 'TOO_MANY_ATTEMPTS')) return <CampaignNotFound error={landing.error} />;
    return <ErrorAlert error={landing.error} />;
  }
  if (!campaign.isRestricted) return <Navigate to={urls.campaignJoin(code)} replace />;

  if (step.kind === 'account') {
    const typed = step.identity;
    return (
      <Box key="account" component="section" aria-labelledby="new-account-title" sx={{ maxWidth: 640, mx: 'auto' }}>
        <CampaignHeading id="new-account-title" overline={campaign.name} title={t('learner.newAccount.accountTitle')} />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, mb: 1 }}>
          <Typography>
            {t('learner.newAccount.identitySummary', { firstName: typed.firstName, lastName: typed.lastName, birthdate: formatBirthdate(typed.birthdate) })}
          </Typography>
          <Button variant="text" onClick={() => setStep({ kind: 'identity' })} disabled={submitting}>
            {t('learner.newAccount.editIdentity')}
          </Button>
        </Box>
        <NewAccountForm onSubmit={(values) => void submit(campaign, typed, values)} submitting={submitting} serverError={accountError} />
      </Box>
    );
  }

  return (
    // Keyed: each step is a new page for focus management (its heading takes the focus).
    <Box key="identity" component="section" aria-labelledby="new-account-identity-title" sx={{ maxWidth: 640, mx: 'auto' }}>
      <CampaignHeading id="new-account-identity-title" overline={campaign.name} title={t('learner.reconciliation.title')} />
      <Typography sx={{ mb: 2 }}>{t('learner.newAccount.identityIntro', { organizationName: campaign.organizationName })}</Typography>
      <ReconciliationForm
        organizationName={campaign.organizationName}
        submitLabel={t('learner.newAccount.next')}
        submitting={false}
        serverError={identityError}
        initialValues={identity}
        onSubmit={(values) => {
          setIdentity(values);
          setIdentityError(null);
          setAccountError(null);
          setStep({ kind: 'account', identity: values });
        }}
        useOtherAccountLabel={t('learner.newAccount.logInWithIt')}
        onUseOtherAccount={() => navigate(urls.logIn(), { state: { from: { pathname: urls.campaignJoin(campaign.code) } } })}
      />
    </Box>
  );
}
