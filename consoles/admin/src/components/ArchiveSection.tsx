import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ConfirmDialog, ErrorAlert } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frenchDate } from './format';

export interface ArchiveSectionProps {
  name: string;
  archivedAt: string | null;
  /** 'organization' or 'center': which texts. */
  kind: 'organization' | 'center';
  busy: boolean;
  error: unknown;
  onArchive: () => void;
}

/** "Archiver" after a confirmation that says what it does; once archived, when it was. */
export function ArchiveSection({ name, archivedAt, kind, busy, error, onArchive }: ArchiveSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (archivedAt) {
    return (
      <Alert severity="info" sx={{ mb: 3 }}>
        {t(`console.archive.${kind}.archivedOn`, { date: frenchDate(archivedAt) })}
      </Alert>
    );
  }
  return (
    <Box sx={{ mb: 3 }}>
      {Boolean(error) && <ErrorAlert error={error} />}
      <Button variant="outlined" color="error" onClick={() => setOpen(true)} disabled={busy}>
        {t(`console.archive.${kind}.button`)}
      </Button>
      <ConfirmDialog
        open={open}
        title={t(`console.archive.${kind}.title`, { name })}
        text={t(`console.archive.${kind}.text`)}
        confirmLabel={t(`console.archive.${kind}.confirm`)}
        busy={busy}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          onArchive();
        }}
      />
    </Box>
  );
}
