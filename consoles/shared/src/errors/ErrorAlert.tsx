import Alert, { type AlertProps } from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { getApiErrors } from '../apollo/api-errors';

export interface ErrorAlertProps extends Omit<AlertProps, 'children' | 'severity' | 'role'> {
  /** Anything Apollo threw or returned; nothing is shown when it is empty. */
  error: unknown;
  /** Errors already shown elsewhere (e.g. under a form field) are left out. */
  exclude?: (field: string | undefined, code: string | undefined) => boolean;
}

/**
 * Shows the server's error messages (already translated by the server from Accept-Language)
 * in an Alert with role="alert". A network failure gets a generic message.
 */
export function ErrorAlert({ error, exclude, ...alertProps }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiErrors = getApiErrors(error);
  const shown = exclude ? apiErrors.filter((apiError) => !exclude(apiError.field, apiError.code)) : apiErrors;
  if (apiErrors.length > 0 && shown.length === 0) return null;
  const messages =
    shown.length > 0
      ? [...new Set(shown.map((apiError) => apiError.message || t(`shared.errors.${apiError.code ?? 'unknown'}`, { defaultValue: t('shared.errors.unknown') })))]
      : [t('shared.errors.network')];
  return (
    <Alert severity="error" role="alert" {...alertProps}>
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
