import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, getFieldErrors, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useLocation, useNavigate } from 'react-router';
import type { CampaignByCodeQuery as CampaignByCodeData, ReconcileWithOrganizationLearnerMutation as ReconciledData } from '../../__generated__/graphql';
import { urls } from '../../urls';
import { DashboardQuery } from '../dashboard/dashboard.graphql';
import {
  CampaignByCodeQuery,
  MyCampaignParticipationsQuery,
  ReconcileWithOrganizationLearnerMutation,
  SendProfileMutation,
  StartCampaignParticipationMutation,
} from './campaigns.graphql';
import { CampaignHeading } from './components/CampaignHeading';
import { CampaignNotFound } from './components/CampaignNotFound';
import { ExternalIdForm } from './components/ExternalIdForm';
import { ReconciliationForm, type ReconciliationValues } from './components/ReconciliationForm';
import { SendProfilePage } from './components/SendProfilePage';
import { campaignErrorMessage, existingParticipation, hasCampaignError } from './domain/campaign-errors';
import { readJoinRouteState, type ReconciledPupil } from './domain/join-route-state';
import { nextJoinStep, participationIn } from './domain/join-steps';

type Campaign = CampaignByCodeData['campaignByCode'];
type Reconciled = ReconciledData['reconcileWithOrganizationLearner'];

/** What a refusal of the API sends the flow back to. */
interface Refusals {
  onReconciliationRequired: () => void;
  onExternalIdRefused: (error: unknown) => void;
}

/** Where ALREADY_PARTICIPATED leads: the existing participation's page, with the API's explanation. */
function alreadyParticipatedTarget(code: string, error: unknown): { to: string; notice: string | null } | null {
  const existing = existingParticipation(error);
  return existing ? { to: urls.campaignParticipation(code, existing.participationId), notice: campaignErrorMessage(error, 'ALREADY_PARTICIPATED') } : null;
}

function ReconciliationStep({ campaign, submitLabel, onReconciled }: { campaign: Campaign; submitLabel: string; onReconciled: (learner: Reconciled) => void }) {
  const { t } = useTranslation();
  const { logOut } = useAuth();
  const navigate = useNavigate();
  const [reconcile, { loading }] = useMutation(ReconcileWithOrganizationLearnerMutation);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(`${t('learner.reconciliation.title')} - ${campaign.name}`);

  const submit = async (values: ReconciliationValues) => {
    setError(null);
    try {
      const { data } = await reconcile({ variables: { input: { campaignCode: campaign.code, ...values } } });
      if (data) onReconciled(data.reconcileWithOrganizationLearner);
    } catch (caught) {
      setError(caught);
    }
  };
  const useOtherAccount = async () => {
    await logOut();
    navigate(urls.logIn(), { state: { from: { pathname: urls.campaignJoin(campaign.code) } } });
  };

  return (
    <Box component="section" aria-labelledby="reconciliation-title" sx={{ maxWidth: 640, mx: 'auto' }}>
      <CampaignHeading id="reconciliation-title" overline={campaign.name} title={t('learner.reconciliation.title')} />
      <Typography sx={{ mb: 2 }}>{t('learner.reconciliation.intro', { organizationName: campaign.organizationName })}</Typography>
      <ReconciliationForm
        organizationName={campaign.organizationName}
        submitLabel={submitLabel}
        onSubmit={(values) => void submit(values)}
        submitting={loading}
        serverError={error}
        onUseOtherAccount={() => void useOtherAccount()}
      />
    </Box>
  );
}

function ExternalIdStep({ campaign, submitLabel, serverError, onSubmit }: { campaign: Campaign; submitLabel: string; serverError: unknown; onSubmit: (value: string) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('learner.externalId.title')} - ${campaign.name}`);
  const label = campaign.idPixLabel ?? '';
  return (
    <Box component="section" aria-labelledby="external-id-title" sx={{ maxWidth: 640, mx: 'auto' }}>
      <CampaignHeading id="external-id-title" overline={campaign.name} title={t('learner.externalId.title')} />
      <Typography sx={{ mb: 1 }}>{t('learner.externalId.intro', { organizationName: campaign.organizationName, label })}</Typography>
      <ExternalIdForm label={label} type={campaign.idPixType} submitLabel={submitLabel} onSubmit={onSubmit} submitting={false} serverError={serverError} />
    </Box>
  );
}

/** startCampaignParticipation, then the test (resumed where it stopped), or the results when nothing is left to ask. */
function StartStep({ campaign, externalId, onReconciliationRequired, onExternalIdRefused }: { campaign: Campaign; externalId: string | null } & Refusals) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [start] = useMutation(StartCampaignParticipationMutation);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const requested = useRef(-1);
  useDocumentTitle(campaign.name);

  useEffect(() => {
    if (requested.current === attempt) return;
    requested.current = attempt;
    const input = { campaignCode: campaign.code, ...(externalId === null ? {} : { participantExternalId: externalId }) };
    start({ variables: { input } })
      .then(({ data }) => {
        const participation = data?.startCampaignParticipation;
        if (!participation) return;
        if (participation.status === 'STARTED' && participation.assessment) {
          navigate(urls.campaignAssessment(campaign.code, participation.assessment.id), { replace: true });
        } else {
          navigate(urls.campaignParticipation(campaign.code, participation.id), { replace: true });
        }
      })
      .catch((caught: unknown) => {
        const already = alreadyParticipatedTarget(campaign.code, caught);
        if (hasCampaignError(caught, 'RECONCILIATION_REQUIRED')) onReconciliationRequired();
        else if (getFieldErrors(caught).participantExternalId) onExternalIdRefused(caught);
        else if (already) navigate(already.to, { replace: true, state: { notice: already.notice } });
        else setError(caught);
      });
  }, [attempt, campaign.code, externalId, navigate, onExternalIdRefused, onReconciliationRequired, start]);

  if (!error) {
    return (
      <Box role="status" sx={{ textAlign: 'center' }}>
        <PageLoader />
        <Typography>{t('learner.campaignJoin.starting')}</Typography>
      </Box>
    );
  }
  return (
    <Box component="section" aria-labelledby="start-failed-title" sx={{ maxWidth: 640, mx: 'auto' }}>
      <CampaignHeading id="start-failed-title" overline={campaign.organizationName} title={campaign.name} />
      <ErrorAlert error={error} sx={{ mb: 3 }} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <Button
          variant="contained"
          onClick={() => {
            setError(null);
            setAttempt((current) => current + 1);
          }}
        >
          {t('learner.campaignJoin.retry')}
        </Button>
        <Button component={RouterLink} to={urls.campaignLanding(campaign.code)} variant="outlined">
          {t('learner.campaignJoin.backToLanding')}
        </Button>
      </Box>
    </Box>
  );
}

/** "Envoyer mon profil": the profile as the dashboard shows it, then sendProfile and the confirmation page. */
function SendProfileStep({
  campaign,
  externalId,
  previousSentAt,
  onReconciliationRequired,
  onExternalIdRefused,
}: { campaign: Campaign; externalId: string | null; previousSentAt: string | null } & Refusals) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dashboard = useQuery(DashboardQuery, { fetchPolicy: 'cache-and-network' });
  const [send, { loading }] = useMutation(SendProfileMutation);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(`${t('learner.sendProfile.title')} - ${campaign.name}`);

  const submit = async () => {
    setError(null);
    try {
      const { data } = await send({ variables: { campaignCode: campaign.code, ...(externalId === null ? {} : { participantExternalId: externalId }) } });
      if (data) navigate(urls.campaignParticipation(campaign.code, data.sendProfile.id), { state: { sent: true } });
    } catch (caught) {
      if (hasCampaignError(caught, 'RECONCILIATION_REQUIRED')) onReconciliationRequired();
      else if (getFieldErrors(caught).participantExternalId) onExternalIdRefused(caught);
      else setError(caught);
    }
  };

  const profile = dashboard.data?.me.profile;
  if (!profile) return dashboard.loading ? <PageLoader /> : <ErrorAlert error={dashboard.error} />;
  return <SendProfilePage campaign={campaign} profile={profile} previousSentAt={previousSentAt} onSend={() => void submit()} sending={loading} error={error} />;
}

/**
 * Joining a campaign (`/campagnes/:code/acces`, logged in): a school's pupil is first found among its
 * pupils, the external identifier is asked when the campaign wants one, then the test starts (or
 * resumes), or the profile is sent. Each refusal of the API brings back the step that fixes it.
 */
export function CampaignJoinView({ code }: { code: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const landing = useQuery(CampaignByCodeQuery, { variables: { code } });
  const mine = useQuery(MyCampaignParticipationsQuery, { fetchPolicy: 'network-only' });
  // Found among the pupils on the page before ("Je n'ai pas de compte": the account was created linked).
  const [arrival] = useState(() => readJoinRouteState(location.state));
  const [reconciled, setReconciled] = useState<ReconciledPupil | null>(arrival?.reconciled ?? null);
  const [accountCreated, setAccountCreated] = useState(arrival?.accountCreated ?? false);
  const [reconciliationRequired, setReconciliationRequired] = useState(false);
  const [externalId, setExternalId] = useState<string | null>(null);
  const [externalIdError, setExternalIdError] = useState<unknown>(null);
  // The API has the last word: whatever this visit did, the form comes back.
  const onReconciliationRequired = useRef(() => {
    setReconciled(null);
    setReconciliationRequired(true);
  }).current;
  const onExternalIdRefused = useRef((error: unknown) => {
    setExternalIdError(error);
    setExternalId(null);
  }).current;

  const campaign = landing.data?.campaignByCode;
  const participations = mine.data?.me.campaignParticipations;
  if (!campaign || !participations) {
    if (landing.loading || mine.loading) return <PageLoader />;
    if (hasCampaignError(landing.error, 'NOT_FOUND') || hasCampaignError(landing.error, 'TOO_MANY_ATTEMPTS')) return <CampaignNotFound error={landing.error} />;
    return <ErrorAlert error={landing.error ?? mine.error} />;
  }

  const step = nextJoinStep({ campaign, participations, reconciled: Boolean(reconciled), reconciliationRequired, externalId });
  const existing = participationIn(campaign.code, participations);
  const startsNext = campaign.type === 'ASSESSMENT';
  const confirmation = reconciled && step.kind !== 'reconcile' && (
    <Alert severity="success" role="status" sx={{ maxWidth: 640, mx: 'auto', mb: 3 }}>
      {t(accountCreated ? 'learner.newAccount.created' : 'learner.reconciliation.success', {
        firstName: reconciled.firstName,
        lastName: reconciled.lastName,
        organizationName: reconciled.organizationName,
      })}
    </Alert>
  );

  switch (step.kind) {
    case 'participation':
      return <Navigate to={urls.campaignParticipation(campaign.code, step.participationId)} replace />;
    case 'reconcile': {
      const asksExternalId = Boolean(campaign.idPixLabel) && externalId === null && !existing;
      return (
        <ReconciliationStep
          campaign={campaign}
          submitLabel={startsNext && !asksExternalId ? t('learner.campaignJoin.startParcours') : t('learner.campaignJoin.continue')}
          onReconciled={(learner) => {
            setReconciled(learner);
            setAccountCreated(false);
            setReconciliationRequired(false);
          }}
        />
      );
    }
    case 'externalId':
      return (
        <>
          {confirmation}
          <ExternalIdStep
            campaign={campaign}
            submitLabel={startsNext ? t('learner.campaignJoin.startParcours') : t('learner.campaignJoin.continue')}
            serverError={externalIdError}
            onSubmit={(value) => {
              setExternalIdError(null);
              setExternalId(value);
            }}
          />
        </>
      );
    case 'start':
      return (
        <>
          {confirmation}
          <StartStep
            campaign={campaign}
            externalId={externalId}
            onReconciliationRequired={onReconciliationRequired}
            onExternalIdRefused={onExternalIdRefused}
          />
        </>
      );
    case 'sendProfile':
      return (
        <>
          {confirmation}
          <SendProfileStep
            campaign={campaign}
            externalId={externalId}
            previousSentAt={existing?.sharedAt ?? null}
            onReconciliationRequired={onReconciliationRequired}
            onExternalIdRefused={onExternalIdRefused}
          />
        </>
      );
  }
}
