import { NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { CampaignCodeRoute } from './features/campaigns/CampaignCodeRoute';
import { CampaignJoinRoute } from './features/campaigns/CampaignJoinRoute';
import { CampaignLandingRoute } from './features/campaigns/CampaignLandingRoute';
import { CampaignNewAccountRoute } from './features/campaigns/CampaignNewAccountRoute';
import { CampaignPupilChoiceRoute } from './features/campaigns/CampaignPupilChoiceRoute';
import { CampaignParticipationRoute } from './features/campaigns/CampaignParticipationRoute';
import { MyCertificateRoute, MyCertificationsRoute, VerifyCertificateRoute } from './features/certificates/CertificatesRoutes';
import { CertificationJoinRoute } from './features/certification/CertificationJoinRoute';
import { CertificationRoute } from './features/certification/CertificationRoute';
import { CertificationTestRoute } from './features/certification/CertificationTestRoute';
import { CompetenceRoute } from './features/competence/CompetenceRoute';
import { DashboardRoute } from './features/dashboard/DashboardRoute';
import { AssessmentRoute } from './features/evaluation/AssessmentRoute';
import { CampaignAssessmentRoute } from './features/evaluation/CampaignAssessmentRoute';
import { StartEvaluationRoute } from './features/evaluation/StartEvaluationRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { GarSignInRoute } from './features/gar/GarSignInRoute';
import { GarSignOutRoute } from './features/gar/GarSignOutRoute';
import { ForgotPasswordRoute } from './features/password-reset/ForgotPasswordRoute';
import { ResetPasswordRoute } from './features/password-reset/ResetPasswordRoute';
import { SavedTutorialsRoute } from './features/saved-tutorials/SavedTutorialsRoute';
import { SignUpRoute } from './features/sign-up/SignUpRoute';
import { TemporaryPasswordRoute } from './features/temporary-password/TemporaryPasswordRoute';
import { TermsOfUseRoute } from './features/terms-of-use/TermsOfUseRoute';
import { LearnerLayout } from './layout/LearnerLayout';
import { paths } from './urls';

/** Every route of the learner app. Unknown paths (and pages not built yet) get "Page introuvable". */
export function LearnerRoutes() {
  return (
    <Routes>
      <Route element={<LearnerLayout />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route path={paths.garSignIn} element={<GarSignInRoute />} />
        <Route path={paths.garSignOut} element={<GarSignOutRoute />} />
        <Route path={paths.signUp} element={<SignUpRoute />} />
        <Route path={paths.forgotPassword} element={<ForgotPasswordRoute />} />
        <Route path={paths.resetPassword} element={<ResetPasswordRoute />} />
        <Route path={paths.temporaryPassword} element={<TemporaryPasswordRoute />} />
        <Route path={paths.termsOfUse} element={<TermsOfUseRoute />} />
        {/* "J'ai un code" and a campaign's direct link are public; joining asks to log in first. */}
        <Route path={paths.campaigns} element={<CampaignCodeRoute />} />
        <Route path={paths.campaignLanding} element={<CampaignLandingRoute />} />
        {/* A school's campaign: a pupil without an account creates it here, linked to their pupil. */}
        <Route path={paths.campaignPupilChoice} element={<CampaignPupilChoiceRoute />} />
        <Route path={paths.campaignNewAccount} element={<CampaignNewAccountRoute />} />
        {/* The public verification of a certificate by its code (the attestation's QR code). */}
        <Route path={paths.verifyCertificate} element={<VerifyCertificateRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<DashboardRoute />} />
          <Route path={paths.competence} element={<CompetenceRoute />} />
          <Route path={paths.competenceEvaluation} element={<StartEvaluationRoute />} />
          <Route path={paths.assessment} element={<AssessmentRoute />} />
          <Route path={paths.savedTutorials} element={<SavedTutorialsRoute />} />
          <Route path={paths.certification} element={<CertificationRoute />} />
          <Route path={paths.certificationJoin} element={<CertificationJoinRoute />} />
          <Route path={paths.certificationTest} element={<CertificationTestRoute />} />
          <Route path={paths.myCertifications} element={<MyCertificationsRoute />} />
          <Route path={paths.myCertificate} element={<MyCertificateRoute />} />
          <Route path={paths.campaignJoin} element={<CampaignJoinRoute />} />
          <Route path={paths.campaignAssessment} element={<CampaignAssessmentRoute />} />
          <Route path={paths.campaignParticipation} element={<CampaignParticipationRoute />} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
