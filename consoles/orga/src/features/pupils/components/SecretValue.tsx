import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SecretValueProps {
  label: string;
  value: string;
}

/** A username or a temporary password to hand out (props only), with a "Copier" button. */
export function SecretValue({ label, value }: SecretValueProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
      <Box component="span" sx={{ fontWeight: 700 }}>
        {t('console.pupils.labelColon', { label })}
      </Box>
      <Box component="code" sx={{ fontSize: '1.1rem', px: 1, py: 0.25, bgcolor: 'grey.100', borderRadius: 1, overflowWrap: 'anywhere' }}>
        {value}
      </Box>
      <Button size="small" startIcon={<ContentCopy />} onClick={() => void copy()} aria-label={t('console.pupils.account.copyLabel', { label })}>
        {t('console.pupils.account.copy')}
      </Button>
      <Box component="span" role="status" sx={{ color: 'success.main', fontSize: '0.875rem' }}>
        {copied ? t('console.pupils.account.copied') : ''}
      </Box>
    </Box>
  );
}
