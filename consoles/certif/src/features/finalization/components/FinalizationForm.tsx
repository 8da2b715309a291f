import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_CODES,
  finalizationInput,
  finalizationProblems,
  isChallengeIncident,
  type CandidateDraft,
  type IncidentCode,
  type IncidentDraft,
} from '../domain/finalization-form';

export interface FinalizationCandidate {
  id: string;
  firstName: string;
  lastName: string;
  endScreenSeen: boolean;
  numberOfQuestions: number | null;
  /** Enrolled but never joined: listed "Absent", with no end screen and no incident (the API refuses them). */
  absent: boolean;
}

export interface FinalizationFormProps {
  sessionId: string;
  candidates: readonly FinalizationCandidate[];
  onSubmit: (input: ReturnType<typeof finalizationInput>) => void;
  submitting: boolean;
  serverError: unknown;
}

const EMPTY_INCIDENT: IncidentDraft = { code: '', questionNumber: '', comment: '' };

/** "Finaliser la session" (props only): per candidate the end screen and incidents (PV d'incident), a global comment, a confirmation. */
export function FinalizationForm({ sessionId, candidates, onSubmit, submitting, serverError }: FinalizationFormProps) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<CandidateDraft[]>(() =>
    candidates.map((c) => ({ candidateId: c.id, endScreenSeen: !c.absent && c.endScreenSeen, incidents: [], numberOfQuestions: c.numberOfQuestions })),
  );
  const [comment, setComment] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dialogTitleId = useId();
  const problems = finalizationProblems(drafts);
  const absentCount = candidates.filter((c) => c.absent).length;

  const update = (candidateId: string, change: (draft: CandidateDraft) => CandidateDraft) =>
    setDrafts((current) => current.map((draft) => (draft.candidateId === candidateId ? change(draft) : draft)));
  const updateIncident = (candidateId: string, index: number, change: Partial<IncidentDraft>) =>
    update(candidateId, (draft) => ({ ...draft, incidents: draft.incidents.map((incident, i) => (i === index ? { ...incident, ...change } : incident)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.size) {
      setShowProblems(true);
      // The first field in error takes the focus.
      window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setConfirming(true);
  };

  return (
    <Box component="form" noValidate onSubmit={submit} ref={formRef}>
      {showProblems && problems.size > 0 && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {t('certif.finalization.fixProblems', { count: problems.size })}
        </Alert>
      )}
      <Typography sx={{ mb: 2 }}>
        {absentCount ? t('certif.finalization.enrolled', { count: candidates.length, absent: absentCount }) : t('certif.finalization.allJoined', { count: candidates.length })}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2 }}>
        {candidates.map((candidate) => {
          const draft = drafts.find((d) => d.candidateId === candidate.id)!;
          const name = `${candidate.lastName.toLocaleUpperCase('fr')} ${candidate.firstName}`;
          return (
            <Paper key={candidate.id} component="fieldset" variant="outlined" sx={{ p: 2, m: 0, minWidth: 0 }}>
              <Typography component="legend" sx={{ fontWeight: 700, px: 0.5 }}>
                {name}
              </Typography>
              {candidate.absent ? (
                <Typography component="div" sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <Chip label={t('certif.finalization.absent')} size="small" />
                  {t('certif.finalization.absentDetail')}
                </Typography>
              ) : (
                <>
                  <FormControlLabel
                    control={<Checkbox checked={draft.endScreenSeen} onChange={(event) => update(candidate.id, (d) => ({ ...d, endScreenSeen: event.target.checked }))} />}
                    label={t('certif.finalization.endScreenSeen')}
                  />
                  {draft.incidents.map((incident, index) => {
                    const problem = showProblems ? problems.get(`${candidate.id}:${index}`) : undefined;
                    const challenge = isChallengeIncident(incident.code);
                    return (
                      <Box key={index} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start', mt: 1.5, pt: 1.5, borderTop: '1px solid #ddd' }}>
                        <TextField
                          select
                          label={t('certif.finalization.incidentCode', { number: index + 1 })}
                          value={incident.code}
                          onChange={(event) => updateIncident(candidate.id, index, { code: event.target.value as IncidentCode })}
                          error={problem === 'codeRequired'}
                          helperText={problem === 'codeRequired' ? t('certif.finalization.problems.codeRequired') : undefined}
                          sx={{ width: { xs: '100%', sm: 320 } }}
                          slotProps={{ select: { native: true } }}
                        >
                          <option value="">{t('certif.finalization.chooseCode')}</option>
                          {INCIDENT_CODES.map((code) => (
                            <option key={code} value={code}>
                              {t(`certif.finalization.codes.${code}`)}
                            </option>
                          ))}
                        </TextField>
                        {challenge && (
                          <TextField
                            label={t('certif.finalization.questionNumber')}
                            required
                            value={incident.questionNumber}
                            onChange={(event) => updateIncident(candidate.id, index, { questionNumber: event.target.value.replace(/\D/g, '') })}
                            error={problem === 'questionRequired' || problem === 'questionRange'}
                            helperText={
                              problem === 'questionRequired' || problem === 'questionRange'
                                ? t(`certif.finalization.problems.${problem}`, { total: candidate.numberOfQuestions ?? '' })
                                : undefined
                            }
                            sx={{ width: 170 }}
                            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                          />
                        )}
                        <TextField
                          label={t('certif.finalization.incidentComment')}
                          value={incident.comment}
                          onChange={(event) => updateIncident(candidate.id, index, { comment: event.target.value })}
                          error={problem === 'commentRequired'}
                          helperText={problem === 'commentRequired' ? t('certif.finalization.problems.commentRequired') : undefined}
                          sx={{ flex: '1 1 220px' }}
                        />
                        <Button
                          onClick={() => update(candidate.id, (d) => ({ ...d, incidents: d.incidents.filter((_, i) => i !== index) }))}
                          aria-label={t('certif.finalization.removeIncidentFor', { number: index + 1, name })}
                          sx={{ mt: 1 }}
                        >
                          {t('certif.finalization.removeIncident')}
                        </Button>
                      </Box>
                    );
                  })}
                  <Box>
                    <Button
                      startIcon={<Add />}
                      onClick={() => update(candidate.id, (d) => ({ ...d, incidents: [...d.incidents, { ...EMPTY_INCIDENT }] }))}
                      aria-label={t('certif.finalization.addIncidentFor', { name })}
                      sx={{ mt: 1 }}
                    >
                      {t('certif.finalization.addIncident')}
                    </Button>
                  </Box>
                </>
              )}
            </Paper>
          );
        })}
      </Box>
      <TextField
        label={t('certif.finalization.comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        margin="normal"
      />
      <ErrorAlert error={serverError} sx={{ mt: 1 }} />
      <Button type="submit" variant="contained" size="large" disabled={submitting} sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}>
        {submitting ? t('certif.finalization.submitting') : t('certif.finalization.submit')}
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby={dialogTitleId}>
        <DialogTitle id={dialogTitleId}>{t('certif.finalization.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('certif.finalization.confirmText')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('certif.finalization.cancel')}</Button>
          <Button
            variant="contained"
            onClick={() => {
              setConfirming(false);
              onSubmit(finalizationInput(sessionId, drafts, comment));
            }}
          >
            {t('certif.finalization.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
