import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CandidateFieldsFragment } from '../../../__generated__/graphql';
import { frenchDay } from '../../../components/format';

export interface CandidatesTableProps {
  labelledBy: string;
  candidates: CandidateFieldsFragment[];
  editable: boolean;
  busy: boolean;
  onEditExtraTime: (candidate: CandidateFieldsFragment) => void;
  onRemove: (candidate: CandidateFieldsFragment) => void;
}

/** The session's candidates, in the API's French order (props only). */
export function CandidatesTable({ labelledBy, candidates, editable, busy, onEditExtraTime, onRemove }: CandidatesTableProps) {
  const { t } = useTranslation();
  if (candidates.length === 0) return <Typography>{t('console.session.candidates.empty')}</Typography>;
  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table aria-labelledby={labelledBy} size="small">
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('console.session.candidates.lastName')}</TableCell>
              <TableCell scope="col">{t('console.session.candidates.firstName')}</TableCell>
              <TableCell scope="col">{t('console.session.candidates.birthdate')}</TableCell>
              <TableCell scope="col">{t('console.session.candidates.extraTime')}</TableCell>
              {editable && <TableCell scope="col">{t('console.session.candidates.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {candidates.map((candidate) => {
              const name = `${candidate.firstName} ${candidate.lastName}`;
              return (
                <TableRow key={candidate.id}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{candidate.lastName}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{candidate.firstName}</TableCell>
                  <TableCell>{frenchDay(candidate.birthdate)}</TableCell>
                  <TableCell>{candidate.extraTimePercentage > 0 ? `${candidate.extraTimePercentage} %` : '—'}</TableCell>
                  {editable && (
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Button size="small" disabled={busy} onClick={() => onEditExtraTime(candidate)} aria-label={t('console.session.candidates.editExtraTimeOf', { name })}>
                        {t('console.session.candidates.editExtraTime')}
                      </Button>
                      <Button size="small" color="secondary" disabled={busy} onClick={() => onRemove(candidate)} aria-label={t('console.session.candidates.removeOf', { name })}>
                        {t('console.session.candidates.remove')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
