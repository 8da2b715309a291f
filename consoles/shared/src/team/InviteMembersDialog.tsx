import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { getFieldErrors } from '../apollo/api-errors';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from './team-types';
import { DIALOG_FORM_SX } from '../components/dialog-form';
import { firstInvalidEmail, parseEmails } from './parse-emails';

export interface InviteMembersDialogProps {
  open: boolean;
  teamName: string;
  submitting: boolean;
  /** The last server error: a BAD_USER_INPUT on "emails" (naming the faulty address) goes under the field. */
  serverError: unknown;
  onClose: () => void;
  onSubmit: (emails: string[], role: TeamRole) => void;
}

const ROLES: TeamRole[] = ['MEMBER', 'ADMIN'];

type InviteMembersFormProps = Omit<InviteMembersDialogProps, 'open'> & { titleId: string };

function InviteMembersForm({ titleId, teamName, submitting, serverError, onClose, onSubmit }: InviteMembersFormProps) {
  const { t } = useTranslation();
  const roleLabelId = useId();
  const roleHelpId = useId();
  const [text, setText] = useState('');
  const [role, setRole] = useState<TeamRole>('MEMBER');
  const [clientError, setClientError] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);
  const emailsRef = useRef<HTMLTextAreaElement>(null);
  const serverFieldError = edited ? undefined : getFieldErrors(serverError).emails;
  const emailsError = clientError ?? serverFieldError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const emails = parseEmails(text);
    const invalid = firstInvalidEmail(emails);
    const error =
      emails.length === 0 ? t('console.team.invite.emailsRequired') : invalid ? t('console.team.invite.emailInvalid', { email: invalid }) : null;
    setClientError(error);
    if (error) {
      emailsRef.current?.focus();
      return;
    }
    setEdited(false);
    onSubmit(emails, role);
  };

  return (
    <Box component="form" noValidate onSubmit={submit} sx={DIALOG_FORM_SX}>
      <DialogTitle id={titleId}>{t('console.team.invite.title')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={serverError} exclude={(field) => field === 'emails' && Boolean(serverFieldError)} sx={{ mb: 1 }} />
        <TextField
          label={t('console.team.invite.emails')}
          name="emails"
          multiline
          minRows={3}
          required
          autoFocus
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setEdited(true);
            setClientError(null);
          }}
          error={Boolean(emailsError)}
          helperText={emailsError ?? t('console.team.invite.emailsHint', { organizationName: teamName })}
          inputRef={emailsRef}
          slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
        />
        <FormControl component="fieldset" sx={{ mt: 2 }}>
          <FormLabel component="legend" id={roleLabelId} sx={{ color: 'text.primary', fontWeight: 700 }}>
            {t('console.team.invite.role')}
          </FormLabel>
          <RadioGroup
            aria-labelledby={roleLabelId}
            aria-describedby={roleHelpId}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as TeamRole)}
          >
            {ROLES.map((value) => (
              <FormControlLabel key={value} value={value} control={<Radio />} label={t(`console.roles.${value}`)} />
            ))}
          </RadioGroup>
          <FormHelperText id={roleHelpId} sx={{ mx: 0 }}>
            {t('console.team.invite.roleHint')}
          </FormHelperText>
        </FormControl>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
        <Button onClick={onClose} variant="outlined">
          {t('shared.confirm.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={submitting}>
          {submitting ? t('console.team.invite.submitting') : t('console.team.invite.submit')}
        </Button>
      </DialogActions>
    </Box>
  );
}

/** "Inviter un membre" (props only): several addresses separated by commas, and the role they will have. */
export function InviteMembersDialog({ open, ...props }: InviteMembersDialogProps) {
  const titleId = useId();
  return (
    // The form is unmounted once the dialog has closed: the next opening starts empty.
    <Dialog open={open} onClose={props.onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <InviteMembersForm titleId={titleId} {...props} />
    </Dialog>
  );
}
