import { getFieldErrors, useAuth, type SignUpValues } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { urls } from '../../urls';
import { SignUpForm, type SignUpFieldErrors } from './components/SignUpForm';

/** Signs the visitor up (and in), then opens the dashboard. */
export function SignUpView() {
  const { signUp } = useAuth();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: SignUpValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signUp(values);
      navigate(urls.home(), { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  const fieldErrors: SignUpFieldErrors = getFieldErrors(error, { EMAIL_ALREADY_USED: 'email' });
  return <SignUpForm onSubmit={(values) => void submit(values)} submitting={submitting} serverFieldErrors={fieldErrors} serverError={error} />;
}
