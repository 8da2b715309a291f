import { useMutation } from '@apollo/client/react';
import { ResetPasswordForm } from './components/ResetPasswordForm';
import { ResetPasswordMutation } from './password-reset.graphql';

/** Sends resetPassword with the token of the e-mailed link. */
export function ResetPasswordView({ token }: { token: string }) {
  const [resetPassword, { data, loading, error }] = useMutation(ResetPasswordMutation, { context: { skipAuth: true } });
  return (
    <ResetPasswordForm
      onSubmit={(password) => void resetPassword({ variables: { input: { token, password } } }).catch(() => undefined)}
      submitting={loading}
      done={Boolean(data?.resetPassword)}
      error={error}
    />
  );
}
