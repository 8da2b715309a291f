import ContentCopy from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the verification code; the result is said in a live region next to the button. */
export function CopyCodeButton({ code }: { code: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setMessage(t('learner.certificates.copied'));
    } catch {
      setMessage(t('learner.certificates.copyFailed'));
    }
  };
  return (
    <>
      <Button variant="outlined" size="small" startIcon={<ContentCopy />} onClick={() => void copy()} aria-label={t('learner.certificates.copyLabel', { code })}>
        {t('learner.certificates.copy')}
      </Button>
      <span role="status" style={{ marginLeft: 8 }}>
        {message}
      </span>
    </>
  );
}
