import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../components/format';
import { describeChange, type JuryCourse } from './jury-course';

/** The certification's history (props only): when, who, what, before → after; oldest first. */
export function JuryHistory({ history }: { history: JuryCourse['history'] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return <Typography>{t('console.jury.history.empty')}</Typography>;
  return (
    <Table size="small">
      <caption>{t('console.jury.history.caption')}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">{t('console.jury.history.when')}</TableCell>
          <TableCell component="th" scope="col">{t('console.jury.history.who')}</TableCell>
          <TableCell component="th" scope="col">{t('console.jury.history.action')}</TableCell>
          <TableCell component="th" scope="col">{t('console.jury.history.change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {history.map((entry) => {
          const change = describeChange(entry.before, entry.after, t, i18n.language);
          return (
            <TableRow key={entry.id}>
              <TableCell>{dateTime(entry.createdAt, i18n.language)}</TableCell>
              <TableCell>{entry.actorName ?? t('console.jury.history.unknownActor')}</TableCell>
              <TableCell>{t(`console.jury.actions.${entry.action}`, { defaultValue: entry.action })}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {change.before} → {change.after}
                {change.same && (
                  <Typography variant="body2" color="text.secondary">
                    {change.same}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
