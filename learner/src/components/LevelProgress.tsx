import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { levelProgress, type CompetenceLevel } from '../domain/level';

/** Pix earned toward the next level: a labelled progress bar and "N pix avant le niveau N+1". */
export function LevelProgress({ value, color }: { value: CompetenceLevel; color?: string }) {
  const { t } = useTranslation();
  const progress = levelProgress(value);
  const label = progress.atMaxLevel
    ? t('learner.competence.maxProgressLabel')
    : t('learner.competence.progressLabel', { next: progress.nextLevel });
  return (
    <Box>
      <LinearProgress
        variant="determinate"
        value={progress.percent}
        aria-label={label}
        aria-valuetext={t('learner.competence.progressValue', { earned: progress.earnedInLevel, total: progress.levelSpan })}
        sx={{
          height: 8,
          borderRadius: 4,
          bgcolor: '#e5e5e5',
          '& .MuiLinearProgress-bar': { bgcolor: color ?? 'primary.main' },
        }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {progress.atMaxLevel
          ? t('learner.competence.maxLevelReached')
          : t('learner.competence.toNextLevel', { count: value.pixToNextLevel, next: progress.nextLevel })}
      </Typography>
    </Box>
  );
}
