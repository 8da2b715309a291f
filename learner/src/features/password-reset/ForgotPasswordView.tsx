import { useMutation } from '@apollo/client/react';
import { ForgotPasswordForm } from './components/ForgotPasswordForm';
import { RequestPasswordResetMutation } from './password-reset.graphql';

/** Sends requestPasswordReset; the server always answers true. */
export function ForgotPasswordView() {
  const [requestReset, { data, loading, error }] = useMutation(RequestPasswordResetMutation, { context: { skipAuth: true } });
  return (
    <ForgotPasswordForm
      onSubmit={(email) => void requestReset({ variables: { email } }).catch(() => undefined)}
      submitting={loading}
      sent={Boolean(data?.requestPasswordReset)}
      error={error}
    />
  );
}
