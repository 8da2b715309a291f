import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TubeRecommendation, Tutorial } from '../campaign-results-types';
import { visuallyHidden } from '@pix-libre/ui-shared';

/** The most dots a level has ("très fortement recommandé"). */
export const MAX_LEVEL = 4;

/** The level as dots (decorative) and its label in words. */
export function RelevanceDots({ level, label }: { level: number; label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Box aria-hidden="true" sx={{ display: 'flex', gap: 0.5 }}>
        {Array.from({ length: MAX_LEVEL }, (_, index) => (
          <Box
            key={index}
            component="span"
            data-filled={index < level}
            sx={{ width: 12, height: 12, borderRadius: '50%', border: 2, borderColor: 'primary.main', bgcolor: index < level ? 'primary.main' : 'transparent' }}
          />
        ))}
      </Box>
      <Typography component="span">{label}</Typography>
    </Box>
  );
}

/** Minutes → "3 minutes", "1 h 05". */
function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    if (minutes < 60) return t('console.campaignResults.analysis.duration.minutes', { count: minutes });
    const rest = minutes % 60;
    const hours = Math.floor(minutes / 60);
    return rest === 0
      ? t('console.campaignResults.analysis.duration.hoursOnly', { hours })
      : t('console.campaignResults.analysis.duration.hours', { hours, minutes: String(rest).padStart(2, '0') });
  };
}

function TutorialLink({ tutorial }: { tutorial: Tutorial }) {
  const { t } = useTranslation();
  const duration = useDuration();
  return (
    <li>
      <Link href={tutorial.link} target="_blank" rel="noopener noreferrer" sx={{ fontWeight: 500 }}>
        {tutorial.title}
        <Box component="span" sx={visuallyHidden}>
          {` ${t('console.campaignResults.analysis.tutorials.newTab')}`}
        </Box>
      </Link>
      <Typography variant="body2" color="text.secondary">
        {[t('console.campaignResults.analysis.tutorials.by', { source: tutorial.source }), tutorial.format, duration(tutorial.duration)].join(' • ')}
      </Typography>
    </li>
  );
}

/** One recommended topic (props only): its rank, title, competence, relevance, and its tutorials behind a toggle. */
export function TubeRecommendationItem({ recommendation, rank }: { recommendation: TubeRecommendation; rank: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const tutorialsId = useId();
  const [open, setOpen] = useState(false);
  const { tube, competence, level, levelLabel, tutorials } = recommendation;

  return (
    <Paper component="li" variant="outlined" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 2 }}>
        <Box sx={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography variant="h4" component="h4" id={titleId} sx={{ fontSize: '1.125rem', fontWeight: 700 }}>
            <Box component="span" sx={visuallyHidden}>
              {t('console.campaignResults.analysis.rank', { rank })}
            </Box>
            {tube.practicalTitle}
          </Typography>
          <Typography color="text.secondary">
            <Box component="span" sx={visuallyHidden}>
              {t('console.campaignResults.analysis.competence')}
            </Box>
            {`${competence.code} ${competence.name}`}
          </Typography>
        </Box>
        <Box sx={{ flex: '0 1 auto' }}>
          <Typography variant="body2" color="text.secondary">
            {t('console.campaignResults.analysis.relevance')}
          </Typography>
          <RelevanceDots level={level} label={levelLabel} />
        </Box>
      </Box>
      {tutorials.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('console.campaignResults.analysis.tutorials.none')}
        </Typography>
      ) : (
        <>
          <Button
            size="small"
            sx={{ mt: 1, ml: -0.5 }}
            aria-expanded={open}
            aria-controls={tutorialsId}
            onClick={() => setOpen((value) => !value)}
            endIcon={<ExpandMore sx={{ transform: open ? 'rotate(180deg)' : 'none', transition: 'transform 150ms' }} />}
          >
            {t('console.campaignResults.analysis.tutorials.toggle', { count: tutorials.length })}
            <Box component="span" sx={visuallyHidden}>
              {t('console.campaignResults.analysis.tutorials.toggleTopic', { topic: tube.practicalTitle })}
            </Box>
          </Button>
          <Collapse in={open}>
            <Box component="ul" id={tutorialsId} sx={{ m: 0, mt: 1, pl: 3, display: 'grid', gap: 1 }}>
              {tutorials.map((tutorial) => (
                <TutorialLink key={tutorial.id} tutorial={tutorial} />
              ))}
            </Box>
          </Collapse>
        </>
      )}
    </Paper>
  );
}
