import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CampaignByCodeQuery, ParticipationSummaryFragment } from '../../../__generated__/graphql';
import { Markdown } from '@pix-libre/ui-shared';
import { urls } from '../../../urls';
import { formatDate } from '../domain/format';
import { CampaignHeading } from './CampaignHeading';

export type CampaignLanding = CampaignByCodeQuery['campaignByCode'];

export interface CampaignLandingPageProps {
  campaign: CampaignLanding;
  loggedIn: boolean;
  /** The learner's participation in this campaign, if any (logged in only). */
  participation: ParticipationSummaryFragment | null;
}

/** The main action of the landing page, by where the learner stands. */
function mainAction(campaign: CampaignLanding, participation: ParticipationSummaryFragment | null, loggedIn: boolean) {
  const join = { href: urls.campaignJoin(campaign.code), label: 'learner.campaignLanding.start' };
  // A visitor on a school's campaign: "J'ai déjà un compte Pix" or "Je n'ai pas de compte" first.
  if (!loggedIn && campaign.isRestricted) return { href: urls.campaignPupilChoice(campaign.code), label: join.label };
  if (!participation) return join;
  if (campaign.type === 'PROFILES_COLLECTION') {
    if (campaign.multipleSendings) return { href: urls.campaignJoin(campaign.code), label: 'learner.campaignLanding.sendAgain' };
    return { href: urls.campaignParticipation(campaign.code, participation.id), label: 'learner.campaignLanding.seeResults' };
  }
  if (participation.status === 'STARTED') {
    const href = participation.assessment ? urls.campaignAssessment(campaign.code, participation.assessment.id) : join.href;
    return { href, label: 'learner.campaignLanding.resume' };
  }
  return { href: urls.campaignParticipation(campaign.code, participation.id), label: 'learner.campaignLanding.seeResults' };
}

/** A campaign's landing page (props only): organisation, name, landing text, what comes next, "Je commence". */
export function CampaignLandingPage({ campaign, loggedIn, participation }: CampaignLandingPageProps) {
  const { t, i18n } = useTranslation();
  const action = mainAction(campaign, participation, loggedIn);
  const signUpState = { from: { pathname: urls.campaignJoin(campaign.code) } };
  const isAssessment = campaign.type === 'ASSESSMENT';
  return (
    <Box component="section" aria-labelledby="campaign-landing-title" sx={{ maxWidth: 760, mx: 'auto' }}>
      <CampaignHeading id="campaign-landing-title" overline={campaign.organizationName} title={campaign.name} />
      {campaign.customLandingPageText ? (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, my: 3, overflowWrap: 'anywhere' }}>
          {/* A teacher's text: its images would be fetched from any site, so they are links instead. */}
          <Markdown allowImages={false}>{campaign.customLandingPageText}</Markdown>
        </Paper>
      ) : null}
      <Typography sx={{ mb: 2 }}>
        {isAssessment
          ? t('learner.campaignLanding.assessmentIntro', { organizationName: campaign.organizationName })
          : t('learner.campaignLanding.profilesIntro', { organizationName: campaign.organizationName })}
      </Typography>
      {campaign.isRestricted && !participation && (
        <Typography sx={{ mb: 2 }}>{t('learner.campaignLanding.restricted', { organizationName: campaign.organizationName })}</Typography>
      )}
      {participation && (
        <Alert severity="info" role="note" sx={{ mb: 2 }}>
          {participation.status === 'STARTED'
            ? t('learner.campaignLanding.inProgress')
            : participation.status === 'TO_SHARE'
              ? t('learner.campaignLanding.toShare')
              : isAssessment
                ? t('learner.campaignLanding.shared', { date: participation.sharedAt ? formatDate(participation.sharedAt, i18n.language) : '' })
                : t('learner.campaignLanding.profileSent', { date: participation.sharedAt ? formatDate(participation.sharedAt, i18n.language) : '' })}
        </Alert>
      )}
      {!loggedIn && <Typography sx={{ mb: 2 }}>{t('learner.campaignLanding.accountNeeded')}</Typography>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 3 }}>
        <Button component={RouterLink} to={action.href} variant="contained" size="large" sx={{ width: { xs: '100%', sm: 'auto' } }}>
          {t(action.label)}
        </Button>
        {/* A school's pupil creates the account on the next page, linked to their pupil record. */}
        {!loggedIn && !campaign.isRestricted && (
          <Typography>
            {t('learner.campaignLanding.noAccount')}{' '}
            <Link component={RouterLink} to={urls.signUp()} state={signUpState}>
              {t('learner.campaignLanding.signUp')}
            </Link>
          </Typography>
        )}
      </Box>
    </Box>
  );
}
