import Download from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ChallengeContent as Challenge } from './challenge-content';

/** A file's size as people read it: "84 Ko", "1,4 Mo" (French), "84 kB", "1.4 MB" (English). */
export function useFileSize(): (bytes: number) => string {
  const { t, i18n } = useTranslation();
  return (bytes) => {
    const format = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
    if (bytes < 1_000_000) return t('shared.challenge.sizeKb', { value: format(Math.max(1, Math.round(bytes / 1000))) });
    return t('shared.challenge.sizeMb', { value: format(bytes / 1_000_000) });
  };
}

/** What the instruction shows with it: the illustration (with its text alternative) and the file to download (name and size). */
export function ChallengeMedia({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const fileSize = useFileSize();
  const { illustration, attachment } = challenge;
  return (
    <>
      {illustration ? (
        <Box component="img" src={illustration.url} alt={illustration.alt} sx={{ display: 'block', maxWidth: '100%', height: 'auto', mt: 2, border: '1px solid #ccc' }} />
      ) : null}
      {attachment ? (
        <Box sx={{ mt: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
          <Button component="a" href={attachment.url} download={attachment.fileName} variant="outlined" startIcon={<Download />}>
            {t('shared.challenge.download', { fileName: attachment.fileName })}
          </Button>
          {attachment.size ? (
            <Typography variant="body2" color="text.secondary">
              {t('shared.challenge.fileSize', { size: fileSize(attachment.size) })}
            </Typography>
          ) : null}
        </Box>
      ) : null}
    </>
  );
}

/**
 * A simulator: a page of the content release in a frame sandboxed with scripts only (an opaque origin:
 * no cookie, no storage, no call to the platform), as wide as the page and as high as the content says.
 * The learner reaches it with Tab like any other control; its title names it for screen readers.
 */
export function ChallengeEmbed({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  if (!challenge.embed) return null;
  const { url, title, height } = challenge.embed;
  return (
    <Box component="figure" sx={{ m: 0, mb: 3 }}>
      <Box
        component="iframe"
        src={url}
        title={title}
        sandbox="allow-scripts"
        referrerPolicy="no-referrer"
        sx={{ display: 'block', width: '100%', height: `${height}px`, border: '1px solid #767676', borderRadius: 1, bgcolor: '#fff' }}
      />
      <Typography component="figcaption" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('shared.challenge.simulatorHint')}
      </Typography>
    </Box>
  );
}
