import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { ErrorAlert, PageLoader } from '@pix-libre/ui-shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frenchDay } from '../../../components/format';
import { EnrolablePupilsQuery } from '../session.graphql';

export interface EnrolPupilsDialogProps {
  open: boolean;
  sessionId: string;
  submitting: boolean;
  serverError: unknown;
  onClose: () => void;
  onSubmit: (learnerIds: string[]) => void;
}

/** "Inscrire des élèves": the school's pupils of a class, those already enrolled shown as such, select all. */
export function EnrolPupilsDialog({ open, sessionId, submitting, serverError, onClose, onSubmit }: EnrolPupilsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [division, setDivision] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data, loading, error } = useQuery(EnrolablePupilsQuery, open ? { variables: { sessionId, division: division || null }, fetchPolicy: 'network-only' } : skipToken);
  useEffect(() => {
    if (!open) setSelected(new Set());
  }, [open]);
  const pupils = data?.enrolablePupils.pupils ?? [];
  const choosable = pupils.filter((p) => !p.alreadyEnrolled);
  const allSelected = choosable.length > 0 && choosable.every((p) => selected.has(p.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth scroll="paper">
      <DialogTitle id={titleId}>{t('console.session.enrol.title')}</DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={serverError ?? error} sx={{ mb: 2 }} />
        <TextField
          select
          size="small"
          id="enrol-division"
          label={t('console.session.enrol.division')}
          value={division}
          onChange={(event) => {
            setDivision(event.target.value);
            setSelected(new Set());
          }}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 200, mb: 1 }}
        >
          <option value="">{t('console.session.enrol.allDivisions')}</option>
          {(data?.enrolablePupils.divisions ?? []).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </TextField>
        {loading && !data ? (
          <PageLoader />
        ) : (
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <Typography component="legend" sx={{ fontWeight: 700 }}>
              {t('console.session.enrol.pupils', { count: pupils.length })}
            </Typography>
            <FormControlLabel
              control={
                <Checkbox
                  checked={allSelected}
                  indeterminate={!allSelected && selected.size > 0}
                  disabled={choosable.length === 0}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(choosable.map((p) => p.id)))}
                />
              }
              label={t('console.session.enrol.selectAll')}
            />
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {pupils.map((pupil) => (
                <li key={pupil.id}>
                  <FormControlLabel
                    control={<Checkbox checked={pupil.alreadyEnrolled || selected.has(pupil.id)} disabled={pupil.alreadyEnrolled} onChange={() => toggle(pupil.id)} />}
                    label={`${pupil.lastName} ${pupil.firstName} – ${pupil.division ?? ''} – ${frenchDay(pupil.birthdate)}${pupil.alreadyEnrolled ? ` (${t('console.session.enrol.already')})` : ''}`}
                  />
                </li>
              ))}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} variant="outlined">
          {t('shared.confirm.cancel')}
        </Button>
        <Button variant="contained" disabled={submitting || selected.size === 0} onClick={() => onSubmit([...selected])}>
          {t('console.session.enrol.submit', { count: selected.size })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
