import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface JuryComments {
  commentForCandidate: string;
  commentForOrganization: string;
}

export interface JuryCommentsFormProps {
  initial: JuryComments;
  /** Null: read only (the support, a published session). Resolves true once saved. */
  onSave: ((comments: JuryComments) => Promise<boolean>) | null;
  busy: boolean;
}

/** The jury's comments for the candidate (with the certificate) and for the organisation (props only). */
export function JuryCommentsForm({ initial, onSave, busy }: JuryCommentsFormProps) {
  const { t } = useTranslation();
  const [comments, setComments] = useState(initial);
  const [saved, setSaved] = useState(false);
  const change = (key: keyof JuryComments) => (event: { target: { value: string } }) => {
    setSaved(false);
    setComments({ ...comments, [key]: event.target.value });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (onSave) setSaved(await onSave(comments));
  };
  const readOnly = onSave === null;
  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2, maxWidth: 720, mb: 3 }}>
      <TextField
        label={t('console.jury.comments.forCandidate')}
        helperText={t('console.jury.comments.forCandidateHint')}
        value={comments.commentForCandidate}
        onChange={change('commentForCandidate')}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { readOnly, maxLength: 2000 } }}
      />
      <TextField
        label={t('console.jury.comments.forOrganization')}
        helperText={t('console.jury.comments.forOrganizationHint')}
        value={comments.commentForOrganization}
        onChange={change('commentForOrganization')}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { readOnly, maxLength: 2000 } }}
      />
      {!readOnly && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('console.jury.comments.save')}
          </Button>
          <Typography role="status">{saved ? t('console.jury.comments.saved') : ''}</Typography>
        </Box>
      )}
    </Box>
  );
}
