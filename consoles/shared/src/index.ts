// @pix-libre/ui-shared: what every front end shares.
export { AppProviders, type AppProvidersProps } from './app/AppProviders';
export { AppInfoContext, useAppInfo, useDocumentTitle, type AppInfo } from './app/app-info';
export { mountApp, type MountAppOptions } from './app/mount-app';

export { createApolloClient, createApolloCache, sharedTypePolicies, type ApolloSetup, type CreateApolloClientOptions } from './apollo/create-apollo-client';
export { createAuthLink } from './apollo/auth-link';
export { Session, type SessionPayload, type SessionSnapshot, type SessionStatus, type SessionUser } from './apollo/session';
export { followLiveSubscription, liveUrl, type LiveSubscriptionOptions } from './apollo/live-subscription';
export { getApiErrors, getFieldErrors, hasErrorCode, type ApiError, type ApiErrorCode } from './apollo/api-errors';

export { AuthProvider } from './auth/AuthProvider';
export { AuthContext, useAuth, type AuthContextValue, type LogInValues, type LogOutReason, type SignUpValues } from './auth/auth-context';
export { SessionContext, useSession, useStartSession } from './auth/session-context';
export { RequireAuth, useRedirectTarget, type RequireAuthProps } from './auth/RequireAuth';

export { createI18n, currentLanguage, isLanguage, DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_STORAGE_KEY, type AppResources, type Language } from './i18n/i18n';
export { createPixTheme, colors } from './theme/theme';

export { Layout, type LayoutProps } from './layout/Layout';
export { LanguageSwitch } from './layout/LanguageSwitch';
export { SkipLink, MAIN_CONTENT_ID } from './layout/SkipLink';
export { UserMenu } from './layout/UserMenu';
export { ConsoleNav, NavLinks, navLinkSx, type ConsoleNavProps, type NavEntry, type NavSwitcher } from './layout/ConsoleNav';

export { ErrorAlert, type ErrorAlertProps } from './errors/ErrorAlert';
export { LoginPage, type LoginPageProps } from './login/LoginPage';
export { LoginForm, type LoginFormProps } from './login/LoginForm';
export { PasswordField, isValidPassword, type PasswordFieldProps } from './components/PasswordField';
export { SignUpForm, type SignUpFieldErrors, type SignUpFormProps } from './sign-up/SignUpForm';
export { CguCheckbox, TERMS_OF_USE_PATH, type CguCheckboxProps } from './sign-up/CguCheckbox';
export { PageLoader } from './components/PageLoader';
export { NotFoundPage } from './components/NotFoundPage';
export { ConsoleHomePage, type ConsoleHomePageProps } from './components/ConsoleHomePage';

export { frenchFold, frenchIncludes } from './text/french-search';
export { ConfirmDialog, type ConfirmDialogProps } from './components/ConfirmDialog';

// "Équipe": one page for the teams of organisations (Pix Orga) and of certification centres (Pix Certif).
export { TeamPage, type TeamPageProps } from './team/TeamPage';
export { fullName, sortMembers, type TeamInvitation, type TeamMember, type TeamRole } from './team/team-types';
export { firstInvalidEmail, parseEmails } from './team/parse-emails';
export { TableRegion } from './team/TableRegion';
export { MembersTable, type MembersTableProps } from './team/MembersTable';
export { InvitationsTable, type InvitationsTableProps } from './team/InvitationsTable';
export { useTeamActions } from './team/use-team-actions';
export { DIALOG_FORM_SX } from './components/dialog-form';
export { visuallyHidden } from './components/visually-hidden';
export { useAction } from './components/use-action';

// The challenge renderer: the learner's test, the jury's review, content previews.
export { Markdown, type MarkdownProps } from './challenge/markdown/Markdown';
export { markdownSummary, parseInline, parseMarkdown, plainText, safeUrl, type MarkdownBlock, type MarkdownInline } from './challenge/markdown/parse-markdown';
export { imagesAsLinks, inlineImagesAsLinks } from './challenge/markdown/images-as-links';
export { AnswerInputs, type AnswerInputsProps } from './challenge/AnswerInputs';
export { ChallengeEmbed, ChallengeMedia, useFileSize } from './challenge/ChallengeMedia';
export { ChallengePreview, type ChallengePreviewProps } from './challenge/ChallengePreview';
export {
  answerValue,
  draftFromAnswer,
  EMPTY_DRAFT,
  hasAnswer,
  inputFields,
  isChoiceChallenge,
  qrocField,
  type AnswerDraft,
  type ChallengeContent,
  type ChallengeField,
  type ChallengeFieldFormat,
  type ChallengeKind,
} from './challenge/challenge-content';

// Files of the API fetched with the access token (or a signed link) and saved.
export { downloadWithToken, DownloadError, saveBlob } from './files/download-with-token';
