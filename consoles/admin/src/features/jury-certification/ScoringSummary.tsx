import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../components/format';
import { percent, type JuryScoring } from './jury-course';

/** The latest scoring (props only): status and why, pix, reproducibility rate, level per competence. */
export function ScoringSummary({ scoring }: { scoring: JuryScoring | null }) {
  const { t, i18n } = useTranslation();
  if (!scoring) return <Typography sx={{ mb: 3 }}>{t('console.jury.scoring.none')}</Typography>;
  const facts: [string, string][] = [
    [t('console.jury.scoring.status'), t(`console.jury.status.${scoring.status}`) + (scoring.reason ? ` (${t(`console.jury.reason.${scoring.reason}`, { defaultValue: scoring.reason })})` : '')],
    [t('console.jury.scoring.pix'), String(scoring.pixScore)],
    [t('console.jury.scoring.reproducibility'), percent(scoring.reproducibilityRate, i18n.language)],
    [t('console.jury.scoring.counted'), t('console.jury.scoring.correctOfCounted', { correct: scoring.correct, counted: scoring.counted })],
    [t('console.jury.scoring.scoredAt'), `${dateTime(scoring.createdAt, i18n.language)} (${t(`console.jury.scoring.trigger.${scoring.trigger}`, { defaultValue: scoring.trigger })})`],
  ];
  return (
    <Box sx={{ mb: 3 }}>
      <Box component="dl" aria-live="polite" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: 0.5, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
        {facts.map(([term, value]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </Box>
      <Table size="small" sx={{ mt: 2 }}>
        <caption>{t('console.jury.scoring.competencesCaption')}</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">{t('console.jury.scoring.competence')}</TableCell>
            <TableCell component="th" scope="col" align="right">{t('console.jury.scoring.level')}</TableCell>
            <TableCell component="th" scope="col" align="right">{t('console.jury.scoring.pix')}</TableCell>
            <TableCell component="th" scope="col" align="right">{t('console.jury.scoring.answers')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {scoring.competenceMarks.map((mark) => (
            <TableRow key={mark.competenceId}>
              <TableCell component="th" scope="row">
                {mark.code} {mark.name}
              </TableCell>
              <TableCell align="right">{mark.level}</TableCell>
              <TableCell align="right">{mark.pix}</TableCell>
              <TableCell align="right">
                {t('console.jury.scoring.markAnswers', { correct: mark.correct, questions: mark.questions, neutralized: mark.neutralized })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
