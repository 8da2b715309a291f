import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LevelProgress } from '../../../components/LevelProgress';
import type { CompetenceLevel } from '../../../domain/level';
import { colors } from '@pix-libre/ui-shared';
import type { CompetenceEvaluationStatus } from '../../../__generated__/graphql';

export interface CompetenceCardProps {
  code: string;
  name: string;
  href: string;
  areaColor: string;
  level: CompetenceLevel;
  /** The state of the competence's test: "En cours" while one is in progress, "Terminé" once tested. */
  status?: CompetenceEvaluationStatus;
}

/** One competence of the dashboard: code, name, level, pix, progress, "En cours" / "Terminé"; the whole card is a link. */
export function CompetenceCard({ code, name, href, areaColor, level, status }: CompetenceCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      variant="outlined"
      sx={{
        position: 'relative',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        borderTop: `4px solid ${areaColor}`,
        '&:hover': { borderColor: colors.blueFrance, borderTopColor: areaColor },
        '&:focus-within': { outline: `2px solid ${colors.focus}`, outlineOffset: 2 },
      }}
    >
      <Box sx={{ p: 2, flex: 1, display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, minHeight: 24 }}>
          <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 700 }}>
            {code}
          </Typography>
          {status === 'STARTED' && <Chip size="small" color="primary" variant="outlined" label={t('learner.competence.status.STARTED')} />}
          {status === 'COMPLETED' && <Chip size="small" color="success" variant="outlined" label={t('learner.competence.status.COMPLETED')} />}
        </Box>
        <Typography variant="h3" component="h3">
          <Link
            component={RouterLink}
            to={href}
            underline="hover"
            sx={{
              color: 'text.primary',
              '&:focus-visible': { outline: 'none' },
              // The link covers the whole card ("stretched link").
              '&::after': { content: '""', position: 'absolute', inset: 0 },
            }}
          >
            {name}
          </Link>
        </Typography>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', mt: 'auto', pt: 1 }}>
          <Typography sx={{ fontWeight: 700 }}>{t('learner.competence.level', { level: level.level })}</Typography>
          <Typography color="text.secondary">{t('learner.competence.pix', { count: level.pixScore })}</Typography>
        </Box>
        <LevelProgress value={level} />
      </Box>
    </Card>
  );
}
