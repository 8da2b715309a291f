import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChallengeProblemCategory } from '../../../__generated__/graphql';

export const PROBLEM_CATEGORIES: readonly ChallengeProblemCategory[] = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'];

export interface ProblemReportDialogProps {
  open: boolean;
  /** The question's number, in the title. */
  questionNumber: number;
  onClose: () => void;
  onSubmit: (category: ChallengeProblemCategory) => void;
  submitting: boolean;
  error: unknown;
}

/** "Signaler un problème" (props only): the kind of problem (E1–E7, as on the incident report), then the invigilator validates it. */
export function ProblemReportDialog({ open, questionNumber, onClose, onSubmit, submitting, error }: ProblemReportDialogProps) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<ChallengeProblemCategory | ''>('');
  const [missing, setMissing] = useState(false);
  const titleId = useId();
  const legendId = useId();
  const missingId = useId();

  return (
    <Dialog open={open} onClose={submitting ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('learner.certificationTest.report.title', { number: questionNumber })}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t('learner.certificationTest.report.intro')}</Typography>
        <Typography id={legendId} sx={{ fontWeight: 700, mb: 1 }}>
          {t('learner.certificationTest.report.legend')}
        </Typography>
        <RadioGroup
          aria-labelledby={legendId}
          aria-describedby={missing ? missingId : undefined}
          name="problem-category"
          value={category}
          onChange={(event) => {
            setCategory(event.target.value as ChallengeProblemCategory);
            setMissing(false);
          }}
        >
          {PROBLEM_CATEGORIES.map((code) => (
            <FormControlLabel key={code} value={code} control={<Radio />} label={t(`learner.certificationTest.categories.${code}`)} />
          ))}
        </RadioGroup>
        {missing && (
          <FormHelperText error id={missingId} role="alert">
            {t('learner.certificationTest.report.required')}
          </FormHelperText>
        )}
        <ErrorAlert error={error} sx={{ mt: 2 }} />
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} disabled={submitting}>
          {t('learner.certificationTest.report.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={submitting}
          onClick={() => {
            if (!category) {
              setMissing(true);
              return;
            }
            onSubmit(category);
          }}
        >
          {submitting ? t('learner.certificationTest.report.sending') : t('learner.certificationTest.report.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
