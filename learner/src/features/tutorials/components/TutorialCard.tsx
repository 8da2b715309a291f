import Bookmark from '@mui/icons-material/Bookmark';
import BookmarkBorder from '@mui/icons-material/BookmarkBorder';
import ThumbUp from '@mui/icons-material/ThumbUp';
import ThumbUpOutlined from '@mui/icons-material/ThumbUpOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tutorial } from '../useTutorialActions';

export interface TutorialCardProps {
  tutorial: Tutorial;
  onToggleSaved: () => void;
  onToggleLiked: () => void;
  /** A request about this tutorial is under way: clicks are ignored. */
  busy?: boolean;
  /** Level of the title's heading (inside a dialog's section: 4; in a page's list: 2). */
  headingLevel?: 2 | 3 | 4;
}

/** Duration of a tutorial in minutes, as "5 min" or "1 h 30 min". */
export function useDurationLabel() {
  const { t } = useTranslation();
  return (minutes: number) => {
    if (minutes < 60) return t('learner.tutorial.minutes', { count: minutes });
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? t('learner.tutorial.hours', { count: hours }) : t('learner.tutorial.hoursMinutes', { hours, minutes: rest });
  };
}

/** One tutorial (props only): title as a link (new tab), source, format, duration; "Enregistrer" / "Retirer", "Tuto utile". */
export function TutorialCard({ tutorial, onToggleSaved, onToggleLiked, busy = false, headingLevel = 3 }: TutorialCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const newTabId = useId();
  const duration = useDurationLabel();
  return (
    <Paper variant="outlined" component="article" aria-labelledby={titleId} sx={{ p: 2, height: '100%', display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography id={titleId} component={`h${headingLevel}`} sx={{ fontWeight: 700, fontSize: '1.0625rem' }}>
        <Link href={tutorial.link} target="_blank" rel="noopener noreferrer" aria-describedby={newTabId}>
          {tutorial.title}
        </Link>
        <span id={newTabId} hidden>
          {t('shared.markdown.newTab')}
        </span>
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('learner.tutorial.meta', { source: tutorial.source, format: tutorial.format, duration: duration(tutorial.duration) })}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 'auto', pt: 1 }}>
        <Button
          size="small"
          variant={tutorial.isSaved ? 'contained' : 'outlined'}
          startIcon={tutorial.isSaved ? <Bookmark /> : <BookmarkBorder />}
          // Not disabled while busy: the button keeps the keyboard focus; a click then does nothing.
          onClick={busy ? undefined : onToggleSaved}
          aria-describedby={titleId}
        >
          {tutorial.isSaved ? t('learner.tutorial.unsave') : t('learner.tutorial.save')}
        </Button>
        <Button
          size="small"
          variant={tutorial.isLiked ? 'contained' : 'outlined'}
          startIcon={tutorial.isLiked ? <ThumbUp /> : <ThumbUpOutlined />}
          onClick={busy ? undefined : onToggleLiked}
          aria-pressed={tutorial.isLiked}
          aria-describedby={titleId}
        >
          {t('learner.tutorial.like')}
        </Button>
      </Box>
    </Paper>
  );
}
