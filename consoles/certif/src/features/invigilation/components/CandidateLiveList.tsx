import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveActionsOf, liveStatusOf, minutesLeftText, type LiveCandidate, type LiveStatusKey } from '../domain/live-status';

export interface CandidateLiveListProps {
  candidates: readonly LiveCandidate[];
  onAuthorize: (candidate: LiveCandidate) => void;
  onEndTest: (candidate: LiveCandidate) => void;
  onResolveProblem: (candidate: LiveCandidate, reportId: string, accepted: boolean) => void;
  /** A candidate whose action is being sent: their buttons wait. */
  busyCandidateId: string | null;
}

const STATUS_COLORS: Record<LiveStatusKey, 'default' | 'primary' | 'success' | 'warning' | 'info'> = {
  notJoined: 'default',
  waiting: 'warning',
  waitingResume: 'warning',
  inProgress: 'primary',
  problemReported: 'warning',
  ended: 'default',
  endedByInvigilator: 'default',
  endScreenSeen: 'success',
};

function TimeLeft({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const { hours, minutes } = minutesLeftText(seconds);
  return <>{hours ? t('certif.invigilation.timeLeftHours', { hours, minutes }) : t('certif.invigilation.timeLeftMinutes', { count: minutes })}</>;
}

/** One candidate of the live list: name, status, question and time left, actions. */
function CandidateItem({
  candidate,
  busy,
  onAuthorize,
  onAskEnd,
  onResolveProblem,
}: {
  candidate: LiveCandidate;
  busy: boolean;
  onAuthorize: () => void;
  onAskEnd: () => void;
  onResolveProblem: (accepted: boolean) => void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const status = liveStatusOf(candidate);
  const actions = liveActionsOf(candidate);
  const name = `${candidate.lastName.toLocaleUpperCase('fr')} ${candidate.firstName}`;
  const report = candidate.pendingProblemReport;
  return (
    <Paper component="li" variant="outlined" aria-labelledby={nameId} sx={{ p: 2, listStyle: 'none', borderColor: status === 'problemReported' || status === 'waiting' || status === 'waitingResume' ? 'warning.main' : undefined }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography component="h2" variant="h6" id={nameId} sx={{ fontSize: '1.125rem' }}>
          {name}
        </Typography>
        <Chip label={t(`certif.invigilation.status.${status}`)} color={STATUS_COLORS[status]} variant={STATUS_COLORS[status] === 'default' ? 'outlined' : 'filled'} />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {candidate.extraTimePercentage > 0 ? t('certif.invigilation.extraTime', { percent: candidate.extraTimePercentage }) : null}
        {candidate.questionNumber !== null && candidate.numberOfQuestions !== null && (status === 'inProgress' || status === 'problemReported' || status === 'waitingResume') ? (
          <>
            {candidate.extraTimePercentage > 0 ? ' · ' : null}
            {t('certif.invigilation.question', { number: candidate.questionNumber, total: candidate.numberOfQuestions })}
            {candidate.timeLeftSeconds !== null ? (
              <>
                {' · '}
                <TimeLeft seconds={candidate.timeLeftSeconds} />
              </>
            ) : null}
          </>
        ) : null}
      </Typography>
      {report && (
        <Typography sx={{ mt: 1, fontWeight: 700 }}>
          {t('certif.invigilation.problem', { number: report.questionNumber, category: t(`certif.invigilation.categories.${report.category}`) })}
        </Typography>
      )}
      {(actions.authorize || actions.endTest || actions.resolveProblem) && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1.5 }}>
          {actions.resolveProblem && report && (
            <>
              <Button variant="contained" disabled={busy} onClick={() => onResolveProblem(true)} aria-label={t('certif.invigilation.acceptFor', { name })}>
                {t('certif.invigilation.accept')}
              </Button>
              <Button variant="outlined" disabled={busy} onClick={() => onResolveProblem(false)} aria-label={t('certif.invigilation.refuseFor', { name })}>
                {t('certif.invigilation.refuse')}
              </Button>
            </>
          )}
          {actions.authorize && (
            <Button variant="contained" disabled={busy} onClick={onAuthorize} aria-label={t('certif.invigilation.authorizeFor', { name })}>
              {t('certif.invigilation.authorize')}
            </Button>
          )}
          {actions.endTest && (
            <Button variant="outlined" color="error" disabled={busy} onClick={onAskEnd} aria-label={t('certif.invigilation.endTestFor', { name })}>
              {t('certif.invigilation.endTest')}
            </Button>
          )}
        </Box>
      )}
    </Paper>
  );
}

/** The live list of the session's candidates (props only), with "Autoriser", "Terminer le test" (confirmed), "Valider" / "Refuser" a reported problem. */
export function CandidateLiveList({ candidates, onAuthorize, onEndTest, onResolveProblem, busyCandidateId }: CandidateLiveListProps) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<LiveCandidate | null>(null);
  const dialogTitleId = useId();
  const dialogTextId = useId();
  if (!candidates.length) return <Typography>{t('certif.invigilation.noCandidates')}</Typography>;
  return (
    <>
      <Box component="ul" sx={{ display: 'grid', gap: 1.5, p: 0, m: 0 }}>
        {candidates.map((candidate) => (
          <CandidateItem
            key={candidate.id}
            candidate={candidate}
            busy={busyCandidateId === candidate.id}
            onAuthorize={() => onAuthorize(candidate)}
            onAskEnd={() => setEnding(candidate)}
            onResolveProblem={(accepted) => candidate.pendingProblemReport && onResolveProblem(candidate, candidate.pendingProblemReport.id, accepted)}
          />
        ))}
      </Box>
      <Dialog open={ending !== null} onClose={() => setEnding(null)} aria-labelledby={dialogTitleId} aria-describedby={dialogTextId}>
        <DialogTitle id={dialogTitleId}>{t('certif.invigilation.endDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={dialogTextId}>
            {ending ? t('certif.invigilation.endDialog.text', { name: `${ending.firstName} ${ending.lastName}` }) : null}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setEnding(null)}>{t('certif.invigilation.endDialog.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              if (ending) onEndTest(ending);
              setEnding(null);
            }}
          >
            {t('certif.invigilation.endDialog.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
