import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { AccountLoginMethod, AdminUserFieldsFragment } from '../../__generated__/graphql';
import { formatDate, formatDateTime } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { ReasonDialog } from './ReasonDialog';
import { SectionTable, UserLinks } from './UserSections';
import { AdminUserQuery, AnonymizeUserMutation, RemoveLoginMethodMutation, SendPasswordResetEmailMutation, UnblockUserMutation } from './users.graphql';

type Action = { kind: 'unblock' } | { kind: 'removeMethod'; method: AccountLoginMethod } | { kind: 'resetEmail' } | { kind: 'anonymize' };

/** The roles that act on accounts (the API checks it again): the support team. */
export const canActOnUsers = (role: string | null | undefined) => role === 'SUPER_ADMIN' || role === 'SUPPORT';

/**
 * A user's page (SUPER_ADMIN, SUPPORT): identity, login methods, log-in throttle, organisations,
 * centres, participations, certifications; the support team's actions, each in a dialog that asks
 * for the reason kept in the audit log.
 */
export function UserRoute() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const { data, loading, error } = useQuery(AdminUserQuery, { variables: { id: userId }, fetchPolicy: 'cache-and-network' });
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [unblock, unblocking] = useMutation(UnblockUserMutation);
  const [removeMethod, removing] = useMutation(RemoveLoginMethodMutation);
  const [resetEmail, sending] = useMutation(SendPasswordResetEmailMutation);
  const [anonymize, anonymizing] = useMutation(AnonymizeUserMutation);
  const user = data?.user;
  useDocumentTitle(user ? `${user.firstName} ${user.lastName}` : t('console.users.title'));

  if (loading && !data) return <PageLoader />;
  if (!user || !data) return <ErrorAlert error={error} />;

  const allowed = canActOnUsers(data.me.platformRole);
  const name = `${user.firstName} ${user.lastName}`;
  const methodLabel = (method: string) => t(`console.user.methods.${method}`);
  const current = { unblock: unblocking, removeMethod: removing, resetEmail: sending, anonymize: anonymizing }[action?.kind ?? 'unblock'];

  const open = (next: Action) => {
    for (const result of [unblocking, removing, sending, anonymizing]) result.reset();
    setDone(null);
    setAction(next);
  };
  const confirm = async (reason: string) => {
    if (!action) return;
    const input = { userId: user.id, reason };
    const run = {
      unblock: () => unblock({ variables: { id: user.id, reason } }),
      removeMethod: () => removeMethod({ variables: { input: { ...input, method: (action as { method: AccountLoginMethod }).method } } }),
      resetEmail: () => resetEmail({ variables: { input } }),
      anonymize: () => anonymize({ variables: { input } }),
    }[action.kind];
    const result = await run().catch(() => null);
    if (result?.data) {
      setDone(t(`console.user.${action.kind}.done`));
      setAction(null);
    }
  };

  const dialog = action && {
    unblock: { title: t('console.user.unblock.title', { name }), text: t('console.user.unblock.text'), confirm: t('console.user.unblock.button') },
    removeMethod: {
      title: t('console.user.removeMethod.title', { method: action.kind === 'removeMethod' ? methodLabel(action.method) : '' }),
      text: t('console.user.removeMethod.text'),
      confirm: t('console.user.removeMethod.button'),
    },
    resetEmail: { title: t('console.user.resetEmail.title', { email: user.email ?? '' }), text: t('console.user.resetEmail.text'), confirm: t('console.user.resetEmail.button') },
    anonymize: { title: t('console.user.anonymize.title', { name }), text: t('console.user.anonymize.text'), confirm: t('console.user.anonymize.button') },
  }[action.kind];

  return (
    <Box component="article" aria-labelledby="user-title">
      <Link component={RouterLink} to={urls.users()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.user.back')}
      </Link>
      <Typography variant="h1" id="user-title" gutterBottom>
        {name}
      </Typography>
      {user.anonymizedAt && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('console.user.anonymizedOn', { date: formatDate(user.anonymizedAt) })}
        </Alert>
      )}
      <Box role="status" aria-live="polite">
        {done && (
          <Alert severity="success" sx={{ mb: 2 }}>
            {done}
          </Alert>
        )}
      </Box>
      <Identity user={user} />
      <SectionTable
        id="user-login-methods"
        title={t('console.user.loginMethods')}
        headers={[t('console.user.method'), t('console.user.identifier'), t('console.user.lastUsedAt'), ...(allowed ? [t('console.user.actions')] : [])]}
        rows={user.loginMethods.map((m) => [
          methodLabel(m.method),
          m.identifier,
          formatDateTime(m.lastUsedAt),
          ...(allowed
            ? [
                user.loginMethods.length > 1 && (!user.platformRole || data.me.platformRole === 'SUPER_ADMIN') ? (
                  <Button size="small" variant="outlined" color="error" onClick={() => open({ kind: 'removeMethod', method: m.method })} aria-label={t('console.user.removeMethod.buttonFor', { method: methodLabel(m.method) })}>
                    {t('console.user.removeMethod.button')}
                  </Button>
                ) : null,
              ]
            : []),
        ])}
      />
      <Box component="section" aria-labelledby="user-throttle" sx={{ mb: 4 }}>
        <Typography variant="h2" id="user-throttle" sx={{ fontSize: '1.25rem', mb: 1 }}>
          {t('console.user.throttle')}
        </Typography>
        <Typography>{t('console.user.attempts', { attempts: user.logInThrottle.attempts, max: user.logInThrottle.maxAttempts })}</Typography>
        <Typography sx={{ fontWeight: user.logInThrottle.blockedUntil ? 700 : 400, mb: 1 }}>
          {user.logInThrottle.blockedUntil ? t('console.user.blockedUntil', { date: formatDateTime(user.logInThrottle.blockedUntil) }) : t('console.user.notBlocked')}
        </Typography>
        {allowed && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            {user.logInThrottle.attempts > 0 && (
              <Button variant="contained" onClick={() => open({ kind: 'unblock' })}>
                {t('console.user.unblock.button')}
              </Button>
            )}
            {user.email && !user.anonymizedAt && (
              <Button variant="outlined" onClick={() => open({ kind: 'resetEmail' })}>
                {t('console.user.resetEmail.button')}
              </Button>
            )}
            {!user.anonymizedAt && !user.platformRole && user.id !== data.me.id && (
              <Button variant="outlined" color="error" onClick={() => open({ kind: 'anonymize' })}>
                {t('console.user.anonymize.button')}
              </Button>
            )}
          </Box>
        )}
      </Box>
      <UserLinks user={user} />
      <Link component={RouterLink} to={urls.auditLogOf('USER', user.id)}>
        {t('console.user.history')}
      </Link>
      {dialog && (
        <ReasonDialog
          open
          title={dialog.title}
          text={dialog.text}
          confirmLabel={dialog.confirm}
          busy={current.loading}
          error={current.error}
          destructive={action?.kind === 'anonymize' || action?.kind === 'removeMethod'}
          onCancel={() => setAction(null)}
          onConfirm={(reason) => void confirm(reason)}
        />
      )}
    </Box>
  );
}

/** The identity of the account (props only), as a description list. */
function Identity({ user }: { user: AdminUserFieldsFragment }) {
  const { t } = useTranslation();
  const items: [string, string][] = [
    [t('console.user.email'), user.email ?? '—'],
    [t('console.user.username'), user.username ?? '—'],
    [t('console.user.locale'), user.locale],
    [t('console.user.role'), user.platformRole ?? t('console.user.none')],
    [t('console.user.createdAt'), formatDate(user.createdAt)],
    [t('console.user.lastLoggedAt'), user.lastLoggedAt ? formatDateTime(user.lastLoggedAt) : t('console.user.never')],
  ];
  return (
    <Box component="section" aria-labelledby="user-identity" sx={{ mb: 4 }}>
      <Typography variant="h2" id="user-identity" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('console.user.identity')}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: 0.5, m: 0 }}>
        {items.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ fontWeight: 700 }}>
              {label}
            </Box>
            <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
