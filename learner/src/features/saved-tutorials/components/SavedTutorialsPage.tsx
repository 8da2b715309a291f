import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert, visuallyHidden } from '@pix-libre/ui-shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TutorialCard } from '../../tutorials/components/TutorialCard';
import type { Tutorial, TutorialActions } from '../../tutorials/useTutorialActions';

export interface SavedTutorialsPageProps {
  tutorials: Tutorial[];
  actions: TutorialActions;
}

/** "Mes tutos" (props only): the saved tutorials with "Retirer" and "Tuto utile", or an empty state. */
export function SavedTutorialsPage({ tutorials, actions }: SavedTutorialsPageProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = tutorials.map(actions.resolve).filter((tutorial) => tutorial.isSaved);

  const remove = async (tutorial: Tutorial) => {
    if (await actions.toggleSaved(tutorial)) {
      setAnnouncement(t('learner.savedTutorials.removed', { title: tutorial.title }));
      // The removed card's button is gone: the focus goes back to the page's heading.
      headingRef.current?.focus();
    }
  };

  return (
    <section aria-labelledby="saved-tutorials-title">
      <Typography variant="h1" id="saved-tutorials-title" ref={headingRef} tabIndex={-1} gutterBottom sx={{ '&:focus': { outline: 'none' } }}>
        {t('learner.savedTutorials.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('learner.savedTutorials.intro')}</Typography>
      <Box role="status" sx={visuallyHidden}>
        {announcement}
      </Box>
      <ErrorAlert error={actions.error} sx={{ mb: 2 }} />
      {shown.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography>{t('learner.savedTutorials.empty')}</Typography>
        </Paper>
      ) : (
        <Box
          component="ul"
          aria-labelledby="saved-tutorials-title"
          sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' } }}
        >
          {shown.map((tutorial) => (
            <li key={tutorial.id}>
              <TutorialCard
                tutorial={tutorial}
                headingLevel={2}
                busy={actions.busyIds.has(tutorial.id)}
                onToggleSaved={() => void remove(tutorial)}
                onToggleLiked={() => void actions.toggleLiked(tutorial)}
              />
            </li>
          ))}
        </Box>
      )}
    </section>
  );
}
