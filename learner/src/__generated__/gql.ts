/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ParticipationCampaignFields on CampaignLanding {\n    code\n    name\n    type\n    organizationName\n    isRestricted\n    idPixLabel\n    idPixType\n    multipleSendings\n  }\n": typeof types.ParticipationCampaignFieldsFragmentDoc,
    "\n  fragment ParticipationSummary on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n  }\n": typeof types.ParticipationSummaryFragmentDoc,
    "\n  query CampaignByCode($code: String!) {\n    campaignByCode(code: $code) {\n      code\n      name\n      type\n      organizationName\n      organizationType\n      isRestricted\n      customLandingPageText\n      idPixLabel\n      idPixType\n      multipleSendings\n      viewerLinkedToOrganization\n    }\n  }\n": typeof types.CampaignByCodeDocument,
    "\n  query MyCampaignParticipations {\n    me {\n      id\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n": typeof types.MyCampaignParticipationsDocument,
    "\n  mutation ReconcileWithOrganizationLearner($input: ReconcileWithOrganizationLearnerInput!) {\n    reconcileWithOrganizationLearner(input: $input) {\n      id\n      firstName\n      lastName\n      organizationName\n    }\n  }\n": typeof types.ReconcileWithOrganizationLearnerDocument,
    "\n  mutation CreateAccountAndReconcile($input: CreateAccountAndReconcileInput!) {\n    createAccountAndReconcile(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.CreateAccountAndReconcileDocument,
    "\n  mutation StartCampaignParticipation($input: StartCampaignParticipationInput!) {\n    startCampaignParticipation(input: $input) {\n      ...ParticipationSummary\n    }\n  }\n": typeof types.StartCampaignParticipationDocument,
    "\n  fragment ParticipationDetails on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    participantExternalId\n    masteryRate\n    pixScore\n    validatedSkillsCount\n    isCertifiable\n    certifiableCompetencesCount\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n    results {\n      masteryRate\n      validatedSkillsCount\n      targetedSkillsCount\n      competences {\n        competence {\n          id\n          code\n          name\n          area {\n            id\n            code\n            color\n          }\n        }\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n      }\n    }\n  }\n": typeof types.ParticipationDetailsFragmentDoc,
    "\n  query CampaignParticipation($id: ID!) {\n    campaignParticipation(id: $id) {\n      ...ParticipationDetails\n    }\n  }\n": typeof types.CampaignParticipationDocument,
    "\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) {\n      ...ParticipationDetails\n    }\n  }\n": typeof types.ShareCampaignResultsDocument,
    "\n  mutation SendProfile($campaignCode: String!, $participantExternalId: String) {\n    sendProfile(campaignCode: $campaignCode, participantExternalId: $participantExternalId) {\n      ...ParticipationDetails\n    }\n  }\n": typeof types.SendProfileDocument,
    "\n  fragment CertifiedAreasFields on CertifiedArea {\n    code\n    name\n    competences {\n      id\n      code\n      name\n      level\n    }\n  }\n": typeof types.CertifiedAreasFieldsFragmentDoc,
    "\n  query MyCertifications {\n    me {\n      id\n      certifications {\n        id\n        status\n        date\n        deliveredAt\n        certificationCenter\n        pixScore\n        maxPixScore\n        verificationCode\n        commentForCandidate\n        attestationUrl\n        credentialUrl\n        areas {\n          ...CertifiedAreasFields\n        }\n      }\n    }\n  }\n": typeof types.MyCertificationsDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName\n      lastName\n      birthdate\n      date\n      deliveredAt\n      certificationCenter\n      pixScore\n      maxPixScore\n      verificationCode\n      areas {\n        ...CertifiedAreasFields\n      }\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  fragment CertificationCourseFields on CertificationCourse {\n    id\n    state\n    status\n    authorizedToStart\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    numberOfChallenges\n    sessionId\n    assessment {\n      id\n    }\n  }\n": typeof types.CertificationCourseFieldsFragmentDoc,
    "\n  mutation JoinCertificationSession($input: JoinCertificationSessionInput!) {\n    joinCertificationSession(input: $input) {\n      ...CertificationCourseFields\n    }\n  }\n": typeof types.JoinCertificationSessionDocument,
    "\n  query CertificationCourse($id: ID!) {\n    certificationCourse(id: $id) {\n      ...CertificationCourseFields\n      lastProblemReport {\n        id\n        questionNumber\n        category\n        status\n      }\n    }\n  }\n": typeof types.CertificationCourseDocument,
    "\n  query CurrentCertificationCourse {\n    currentCertificationCourse {\n      id\n      status\n    }\n  }\n": typeof types.CurrentCertificationCourseDocument,
    "\n  query CertificationAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      state\n      timeLeftSeconds\n      certificationProgress {\n        questionNumber\n        numberOfQuestions\n      }\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n": typeof types.CertificationAssessmentDocument,
    "\n  mutation ReportChallengeProblem($input: ReportChallengeProblemInput!) {\n    reportChallengeProblem(input: $input) {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n": typeof types.ReportChallengeProblemDocument,
    "\n  mutation MarkCertificationEndScreenSeen($courseId: ID!) {\n    markCertificationEndScreenSeen(courseId: $courseId) {\n      id\n      endScreenSeen\n    }\n  }\n": typeof types.MarkCertificationEndScreenSeenDocument,
    "\n  query CertificationProfile {\n    me {\n      id\n      profile {\n        isCertifiable\n        certifiableCompetencesCount\n        requiredCertifiableCompetencesCount\n      }\n    }\n  }\n": typeof types.CertificationProfileDocument,
    "\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n          assessmentId\n          canRetry\n          retryAvailableInDays\n          canReset\n          resetAvailableInDays\n        }\n      }\n    }\n  }\n": typeof types.CompetenceDetailsDocument,
    "\n  mutation RetryCompetence($competenceId: ID!) {\n    retryCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n": typeof types.RetryCompetenceDocument,
    "\n  mutation ResetCompetence($competenceId: ID!) {\n    resetCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n": typeof types.ResetCompetenceDocument,
    "\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n        }\n      }\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    type\n    instruction\n    proposals\n    fields {\n      name\n      label\n      format\n      options\n    }\n    timer\n    illustration {\n      url\n      alt\n    }\n    attachment {\n      url\n      fileName\n      size\n    }\n    embed {\n      url\n      title\n      height\n    }\n  }\n": typeof types.ChallengeFieldsFragmentDoc,
    "\n  fragment CheckpointFields on Checkpoint {\n    isFinal\n    answers {\n      answer {\n        id\n        result\n      }\n      challenge {\n        id\n        instruction\n      }\n      yourAnswer\n      expectedAnswer\n    }\n  }\n": typeof types.CheckpointFieldsFragmentDoc,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      type\n      state\n      answeredCount\n      progress\n      competence {\n        id\n        name\n      }\n      campaignParticipation {\n        id\n        status\n        campaign {\n          ...ParticipationCampaignFields\n        }\n      }\n      pendingCheckpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  query CurrentChallenge($id: ID!) {\n    assessment(id: $id) {\n      id\n      answeredCount\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n": typeof types.CurrentChallengeDocument,
    "\n  query CheckpointDetails($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        ...CheckpointFields\n        answers {\n          answer {\n            id\n          }\n          tutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.CheckpointDetailsDocument,
    "\n  query CheckpointLearnMore($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        answers {\n          answer {\n            id\n          }\n          learnMoreTutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.CheckpointLearnMoreDocument,
    "\n  mutation StartCompetenceEvaluation($competenceId: ID!) {\n    startCompetenceEvaluation(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n": typeof types.StartCompetenceEvaluationDocument,
    "\n  mutation AnswerChallenge($input: AnswerChallengeInput!) {\n    answerChallenge(input: $input) {\n      answer {\n        id\n        result\n      }\n      assessment {\n        id\n        state\n        answeredCount\n        progress\n      }\n      nextChallenge {\n        ...ChallengeFields\n      }\n      checkpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n": typeof types.AnswerChallengeDocument,
    "\n  mutation CompleteGarSignIn($input: CompleteGarSignInInput!) {\n    completeGarSignIn(input: $input) {\n      campaignCode\n      session {\n        accessToken\n        accessTokenExpiresAt\n        user {\n          id\n          firstName\n          lastName\n          email\n          username\n          locale\n          platformRole\n          mustChangePassword\n        }\n      }\n    }\n  }\n": typeof types.CompleteGarSignInDocument,
    "\n  query GarSignOutUrl {\n    garSignOutUrl\n  }\n": typeof types.GarSignOutUrlDocument,
    "\n  query GarSession {\n    garSession\n  }\n": typeof types.GarSessionDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query SavedTutorials {\n    me {\n      id\n      savedTutorials {\n        ...TutorialFields\n      }\n    }\n  }\n": typeof types.SavedTutorialsDocument,
    "\n  mutation ChangeExpiredPassword($input: ChangeExpiredPasswordInput!) {\n    changeExpiredPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.ChangeExpiredPasswordDocument,
    "\n  fragment TutorialFields on Tutorial {\n    id\n    title\n    source\n    format\n    duration\n    link\n    isSaved\n    isLiked\n  }\n": typeof types.TutorialFieldsFragmentDoc,
    "\n  mutation SaveTutorial($tutorialId: ID!) {\n    saveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n": typeof types.SaveTutorialDocument,
    "\n  mutation UnsaveTutorial($tutorialId: ID!) {\n    unsaveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n": typeof types.UnsaveTutorialDocument,
    "\n  mutation LikeTutorial($tutorialId: ID!) {\n    likeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n": typeof types.LikeTutorialDocument,
    "\n  mutation UnlikeTutorial($tutorialId: ID!) {\n    unlikeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n": typeof types.UnlikeTutorialDocument,
};
const documents: Documents = {
    "\n  fragment ParticipationCampaignFields on CampaignLanding {\n    code\n    name\n    type\n    organizationName\n    isRestricted\n    idPixLabel\n    idPixType\n    multipleSendings\n  }\n": types.ParticipationCampaignFieldsFragmentDoc,
    "\n  fragment ParticipationSummary on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n  }\n": types.ParticipationSummaryFragmentDoc,
    "\n  query CampaignByCode($code: String!) {\n    campaignByCode(code: $code) {\n      code\n      name\n      type\n      organizationName\n      organizationType\n      isRestricted\n      customLandingPageText\n      idPixLabel\n      idPixType\n      multipleSendings\n      viewerLinkedToOrganization\n    }\n  }\n": types.CampaignByCodeDocument,
    "\n  query MyCampaignParticipations {\n    me {\n      id\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n": types.MyCampaignParticipationsDocument,
    "\n  mutation ReconcileWithOrganizationLearner($input: ReconcileWithOrganizationLearnerInput!) {\n    reconcileWithOrganizationLearner(input: $input) {\n      id\n      firstName\n      lastName\n      organizationName\n    }\n  }\n": types.ReconcileWithOrganizationLearnerDocument,
    "\n  mutation CreateAccountAndReconcile($input: CreateAccountAndReconcileInput!) {\n    createAccountAndReconcile(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n": types.CreateAccountAndReconcileDocument,
    "\n  mutation StartCampaignParticipation($input: StartCampaignParticipationInput!) {\n    startCampaignParticipation(input: $input) {\n      ...ParticipationSummary\n    }\n  }\n": types.StartCampaignParticipationDocument,
    "\n  fragment ParticipationDetails on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    participantExternalId\n    masteryRate\n    pixScore\n    validatedSkillsCount\n    isCertifiable\n    certifiableCompetencesCount\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n    results {\n      masteryRate\n      validatedSkillsCount\n      targetedSkillsCount\n      competences {\n        competence {\n          id\n          code\n          name\n          area {\n            id\n            code\n            color\n          }\n        }\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n      }\n    }\n  }\n": types.ParticipationDetailsFragmentDoc,
    "\n  query CampaignParticipation($id: ID!) {\n    campaignParticipation(id: $id) {\n      ...ParticipationDetails\n    }\n  }\n": types.CampaignParticipationDocument,
    "\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) {\n      ...ParticipationDetails\n    }\n  }\n": types.ShareCampaignResultsDocument,
    "\n  mutation SendProfile($campaignCode: String!, $participantExternalId: String) {\n    sendProfile(campaignCode: $campaignCode, participantExternalId: $participantExternalId) {\n      ...ParticipationDetails\n    }\n  }\n": types.SendProfileDocument,
    "\n  fragment CertifiedAreasFields on CertifiedArea {\n    code\n    name\n    competences {\n      id\n      code\n      name\n      level\n    }\n  }\n": types.CertifiedAreasFieldsFragmentDoc,
    "\n  query MyCertifications {\n    me {\n      id\n      certifications {\n        id\n        status\n        date\n        deliveredAt\n        certificationCenter\n        pixScore\n        maxPixScore\n        verificationCode\n        commentForCandidate\n        attestationUrl\n        credentialUrl\n        areas {\n          ...CertifiedAreasFields\n        }\n      }\n    }\n  }\n": types.MyCertificationsDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName\n      lastName\n      birthdate\n      date\n      deliveredAt\n      certificationCenter\n      pixScore\n      maxPixScore\n      verificationCode\n      areas {\n        ...CertifiedAreasFields\n      }\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  fragment CertificationCourseFields on CertificationCourse {\n    id\n    state\n    status\n    authorizedToStart\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    numberOfChallenges\n    sessionId\n    assessment {\n      id\n    }\n  }\n": types.CertificationCourseFieldsFragmentDoc,
    "\n  mutation JoinCertificationSession($input: JoinCertificationSessionInput!) {\n    joinCertificationSession(input: $input) {\n      ...CertificationCourseFields\n    }\n  }\n": types.JoinCertificationSessionDocument,
    "\n  query CertificationCourse($id: ID!) {\n    certificationCourse(id: $id) {\n      ...CertificationCourseFields\n      lastProblemReport {\n        id\n        questionNumber\n        category\n        status\n      }\n    }\n  }\n": types.CertificationCourseDocument,
    "\n  query CurrentCertificationCourse {\n    currentCertificationCourse {\n      id\n      status\n    }\n  }\n": types.CurrentCertificationCourseDocument,
    "\n  query CertificationAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      state\n      timeLeftSeconds\n      certificationProgress {\n        questionNumber\n        numberOfQuestions\n      }\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n": types.CertificationAssessmentDocument,
    "\n  mutation ReportChallengeProblem($input: ReportChallengeProblemInput!) {\n    reportChallengeProblem(input: $input) {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n": types.ReportChallengeProblemDocument,
    "\n  mutation MarkCertificationEndScreenSeen($courseId: ID!) {\n    markCertificationEndScreenSeen(courseId: $courseId) {\n      id\n      endScreenSeen\n    }\n  }\n": types.MarkCertificationEndScreenSeenDocument,
    "\n  query CertificationProfile {\n    me {\n      id\n      profile {\n        isCertifiable\n        certifiableCompetencesCount\n        requiredCertifiableCompetencesCount\n      }\n    }\n  }\n": types.CertificationProfileDocument,
    "\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n          assessmentId\n          canRetry\n          retryAvailableInDays\n          canReset\n          resetAvailableInDays\n        }\n      }\n    }\n  }\n": types.CompetenceDetailsDocument,
    "\n  mutation RetryCompetence($competenceId: ID!) {\n    retryCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n": types.RetryCompetenceDocument,
    "\n  mutation ResetCompetence($competenceId: ID!) {\n    resetCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n": types.ResetCompetenceDocument,
    "\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n        }\n      }\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment ChallengeFields on Challenge {\n    id\n    type\n    instruction\n    proposals\n    fields {\n      name\n      label\n      format\n      options\n    }\n    timer\n    illustration {\n      url\n      alt\n    }\n    attachment {\n      url\n      fileName\n      size\n    }\n    embed {\n      url\n      title\n      height\n    }\n  }\n": types.ChallengeFieldsFragmentDoc,
    "\n  fragment CheckpointFields on Checkpoint {\n    isFinal\n    answers {\n      answer {\n        id\n        result\n      }\n      challenge {\n        id\n        instruction\n      }\n      yourAnswer\n      expectedAnswer\n    }\n  }\n": types.CheckpointFieldsFragmentDoc,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      type\n      state\n      answeredCount\n      progress\n      competence {\n        id\n        name\n      }\n      campaignParticipation {\n        id\n        status\n        campaign {\n          ...ParticipationCampaignFields\n        }\n      }\n      pendingCheckpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n": types.AssessmentDocument,
    "\n  query CurrentChallenge($id: ID!) {\n    assessment(id: $id) {\n      id\n      answeredCount\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n": types.CurrentChallengeDocument,
    "\n  query CheckpointDetails($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        ...CheckpointFields\n        answers {\n          answer {\n            id\n          }\n          tutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n": types.CheckpointDetailsDocument,
    "\n  query CheckpointLearnMore($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        answers {\n          answer {\n            id\n          }\n          learnMoreTutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n": types.CheckpointLearnMoreDocument,
    "\n  mutation StartCompetenceEvaluation($competenceId: ID!) {\n    startCompetenceEvaluation(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n": types.StartCompetenceEvaluationDocument,
    "\n  mutation AnswerChallenge($input: AnswerChallengeInput!) {\n    answerChallenge(input: $input) {\n      answer {\n        id\n        result\n      }\n      assessment {\n        id\n        state\n        answeredCount\n        progress\n      }\n      nextChallenge {\n        ...ChallengeFields\n      }\n      checkpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n": types.AnswerChallengeDocument,
    "\n  mutation CompleteGarSignIn($input: CompleteGarSignInInput!) {\n    completeGarSignIn(input: $input) {\n      campaignCode\n      session {\n        accessToken\n        accessTokenExpiresAt\n        user {\n          id\n          firstName\n          lastName\n          email\n          username\n          locale\n          platformRole\n          mustChangePassword\n        }\n      }\n    }\n  }\n": types.CompleteGarSignInDocument,
    "\n  query GarSignOutUrl {\n    garSignOutUrl\n  }\n": types.GarSignOutUrlDocument,
    "\n  query GarSession {\n    garSession\n  }\n": types.GarSessionDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query SavedTutorials {\n    me {\n      id\n      savedTutorials {\n        ...TutorialFields\n      }\n    }\n  }\n": types.SavedTutorialsDocument,
    "\n  mutation ChangeExpiredPassword($input: ChangeExpiredPasswordInput!) {\n    changeExpiredPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n": types.ChangeExpiredPasswordDocument,
    "\n  fragment TutorialFields on Tutorial {\n    id\n    title\n    source\n    format\n    duration\n    link\n    isSaved\n    isLiked\n  }\n": types.TutorialFieldsFragmentDoc,
    "\n  mutation SaveTutorial($tutorialId: ID!) {\n    saveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n": types.SaveTutorialDocument,
    "\n  mutation UnsaveTutorial($tutorialId: ID!) {\n    unsaveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n": types.UnsaveTutorialDocument,
    "\n  mutation LikeTutorial($tutorialId: ID!) {\n    likeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n": types.LikeTutorialDocument,
    "\n  mutation UnlikeTutorial($tutorialId: ID!) {\n    unlikeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n": types.UnlikeTutorialDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationCampaignFields on CampaignLanding {\n    code\n    name\n    type\n    organizationName\n    isRestricted\n    idPixLabel\n    idPixType\n    multipleSendings\n  }\n"): (typeof documents)["\n  fragment ParticipationCampaignFields on CampaignLanding {\n    code\n    name\n    type\n    organizationName\n    isRestricted\n    idPixLabel\n    idPixType\n    multipleSendings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationSummary on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipationSummary on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignByCode($code: String!) {\n    campaignByCode(code: $code) {\n      code\n      name\n      type\n      organizationName\n      organizationType\n      isRestricted\n      customLandingPageText\n      idPixLabel\n      idPixType\n      multipleSendings\n      viewerLinkedToOrganization\n    }\n  }\n"): (typeof documents)["\n  query CampaignByCode($code: String!) {\n    campaignByCode(code: $code) {\n      code\n      name\n      type\n      organizationName\n      organizationType\n      isRestricted\n      customLandingPageText\n      idPixLabel\n      idPixType\n      multipleSendings\n      viewerLinkedToOrganization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCampaignParticipations {\n    me {\n      id\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCampaignParticipations {\n    me {\n      id\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconcileWithOrganizationLearner($input: ReconcileWithOrganizationLearnerInput!) {\n    reconcileWithOrganizationLearner(input: $input) {\n      id\n      firstName\n      lastName\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  mutation ReconcileWithOrganizationLearner($input: ReconcileWithOrganizationLearnerInput!) {\n    reconcileWithOrganizationLearner(input: $input) {\n      id\n      firstName\n      lastName\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccountAndReconcile($input: CreateAccountAndReconcileInput!) {\n    createAccountAndReconcile(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccountAndReconcile($input: CreateAccountAndReconcileInput!) {\n    createAccountAndReconcile(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCampaignParticipation($input: StartCampaignParticipationInput!) {\n    startCampaignParticipation(input: $input) {\n      ...ParticipationSummary\n    }\n  }\n"): (typeof documents)["\n  mutation StartCampaignParticipation($input: StartCampaignParticipationInput!) {\n    startCampaignParticipation(input: $input) {\n      ...ParticipationSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationDetails on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    participantExternalId\n    masteryRate\n    pixScore\n    validatedSkillsCount\n    isCertifiable\n    certifiableCompetencesCount\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n    results {\n      masteryRate\n      validatedSkillsCount\n      targetedSkillsCount\n      competences {\n        competence {\n          id\n          code\n          name\n          area {\n            id\n            code\n            color\n          }\n        }\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipationDetails on CampaignParticipation {\n    id\n    status\n    createdAt\n    sharedAt\n    participantExternalId\n    masteryRate\n    pixScore\n    validatedSkillsCount\n    isCertifiable\n    certifiableCompetencesCount\n    campaign {\n      ...ParticipationCampaignFields\n    }\n    assessment {\n      id\n    }\n    results {\n      masteryRate\n      validatedSkillsCount\n      targetedSkillsCount\n      competences {\n        competence {\n          id\n          code\n          name\n          area {\n            id\n            code\n            color\n          }\n        }\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignParticipation($id: ID!) {\n    campaignParticipation(id: $id) {\n      ...ParticipationDetails\n    }\n  }\n"): (typeof documents)["\n  query CampaignParticipation($id: ID!) {\n    campaignParticipation(id: $id) {\n      ...ParticipationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) {\n      ...ParticipationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) {\n      ...ParticipationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendProfile($campaignCode: String!, $participantExternalId: String) {\n    sendProfile(campaignCode: $campaignCode, participantExternalId: $participantExternalId) {\n      ...ParticipationDetails\n    }\n  }\n"): (typeof documents)["\n  mutation SendProfile($campaignCode: String!, $participantExternalId: String) {\n    sendProfile(campaignCode: $campaignCode, participantExternalId: $participantExternalId) {\n      ...ParticipationDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertifiedAreasFields on CertifiedArea {\n    code\n    name\n    competences {\n      id\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment CertifiedAreasFields on CertifiedArea {\n    code\n    name\n    competences {\n      id\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertifications {\n    me {\n      id\n      certifications {\n        id\n        status\n        date\n        deliveredAt\n        certificationCenter\n        pixScore\n        maxPixScore\n        verificationCode\n        commentForCandidate\n        attestationUrl\n        credentialUrl\n        areas {\n          ...CertifiedAreasFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCertifications {\n    me {\n      id\n      certifications {\n        id\n        status\n        date\n        deliveredAt\n        certificationCenter\n        pixScore\n        maxPixScore\n        verificationCode\n        commentForCandidate\n        attestationUrl\n        credentialUrl\n        areas {\n          ...CertifiedAreasFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName\n      lastName\n      birthdate\n      date\n      deliveredAt\n      certificationCenter\n      pixScore\n      maxPixScore\n      verificationCode\n      areas {\n        ...CertifiedAreasFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName\n      lastName\n      birthdate\n      date\n      deliveredAt\n      certificationCenter\n      pixScore\n      maxPixScore\n      verificationCode\n      areas {\n        ...CertifiedAreasFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificationCourseFields on CertificationCourse {\n    id\n    state\n    status\n    authorizedToStart\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    numberOfChallenges\n    sessionId\n    assessment {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CertificationCourseFields on CertificationCourse {\n    id\n    state\n    status\n    authorizedToStart\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    numberOfChallenges\n    sessionId\n    assessment {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCertificationSession($input: JoinCertificationSessionInput!) {\n    joinCertificationSession(input: $input) {\n      ...CertificationCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinCertificationSession($input: JoinCertificationSessionInput!) {\n    joinCertificationSession(input: $input) {\n      ...CertificationCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationCourse($id: ID!) {\n    certificationCourse(id: $id) {\n      ...CertificationCourseFields\n      lastProblemReport {\n        id\n        questionNumber\n        category\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationCourse($id: ID!) {\n    certificationCourse(id: $id) {\n      ...CertificationCourseFields\n      lastProblemReport {\n        id\n        questionNumber\n        category\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentCertificationCourse {\n    currentCertificationCourse {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query CurrentCertificationCourse {\n    currentCertificationCourse {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      state\n      timeLeftSeconds\n      certificationProgress {\n        questionNumber\n        numberOfQuestions\n      }\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      state\n      timeLeftSeconds\n      certificationProgress {\n        questionNumber\n        numberOfQuestions\n      }\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportChallengeProblem($input: ReportChallengeProblemInput!) {\n    reportChallengeProblem(input: $input) {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportChallengeProblem($input: ReportChallengeProblemInput!) {\n    reportChallengeProblem(input: $input) {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCertificationEndScreenSeen($courseId: ID!) {\n    markCertificationEndScreenSeen(courseId: $courseId) {\n      id\n      endScreenSeen\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCertificationEndScreenSeen($courseId: ID!) {\n    markCertificationEndScreenSeen(courseId: $courseId) {\n      id\n      endScreenSeen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationProfile {\n    me {\n      id\n      profile {\n        isCertifiable\n        certifiableCompetencesCount\n        requiredCertifiableCompetencesCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationProfile {\n    me {\n      id\n      profile {\n        isCertifiable\n        certifiableCompetencesCount\n        requiredCertifiableCompetencesCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n          assessmentId\n          canRetry\n          retryAvailableInDays\n          canReset\n          resetAvailableInDays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n          assessmentId\n          canRetry\n          retryAvailableInDays\n          canReset\n          resetAvailableInDays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryCompetence($competenceId: ID!) {\n    retryCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RetryCompetence($competenceId: ID!) {\n    retryCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCompetence($competenceId: ID!) {\n    resetCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCompetence($competenceId: ID!) {\n    resetCompetence(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n        }\n      }\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n          status\n        }\n      }\n      campaignParticipations {\n        ...ParticipationSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeFields on Challenge {\n    id\n    type\n    instruction\n    proposals\n    fields {\n      name\n      label\n      format\n      options\n    }\n    timer\n    illustration {\n      url\n      alt\n    }\n    attachment {\n      url\n      fileName\n      size\n    }\n    embed {\n      url\n      title\n      height\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeFields on Challenge {\n    id\n    type\n    instruction\n    proposals\n    fields {\n      name\n      label\n      format\n      options\n    }\n    timer\n    illustration {\n      url\n      alt\n    }\n    attachment {\n      url\n      fileName\n      size\n    }\n    embed {\n      url\n      title\n      height\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckpointFields on Checkpoint {\n    isFinal\n    answers {\n      answer {\n        id\n        result\n      }\n      challenge {\n        id\n        instruction\n      }\n      yourAnswer\n      expectedAnswer\n    }\n  }\n"): (typeof documents)["\n  fragment CheckpointFields on Checkpoint {\n    isFinal\n    answers {\n      answer {\n        id\n        result\n      }\n      challenge {\n        id\n        instruction\n      }\n      yourAnswer\n      expectedAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      type\n      state\n      answeredCount\n      progress\n      competence {\n        id\n        name\n      }\n      campaignParticipation {\n        id\n        status\n        campaign {\n          ...ParticipationCampaignFields\n        }\n      }\n      pendingCheckpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      type\n      state\n      answeredCount\n      progress\n      competence {\n        id\n        name\n      }\n      campaignParticipation {\n        id\n        status\n        campaign {\n          ...ParticipationCampaignFields\n        }\n      }\n      pendingCheckpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentChallenge($id: ID!) {\n    assessment(id: $id) {\n      id\n      answeredCount\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentChallenge($id: ID!) {\n    assessment(id: $id) {\n      id\n      answeredCount\n      currentChallenge {\n        ...ChallengeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckpointDetails($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        ...CheckpointFields\n        answers {\n          answer {\n            id\n          }\n          tutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckpointDetails($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        ...CheckpointFields\n        answers {\n          answer {\n            id\n          }\n          tutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckpointLearnMore($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        answers {\n          answer {\n            id\n          }\n          learnMoreTutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckpointLearnMore($id: ID!) {\n    assessment(id: $id) {\n      id\n      lastCheckpoint {\n        answers {\n          answer {\n            id\n          }\n          learnMoreTutorials {\n            ...TutorialFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCompetenceEvaluation($competenceId: ID!) {\n    startCompetenceEvaluation(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartCompetenceEvaluation($competenceId: ID!) {\n    startCompetenceEvaluation(competenceId: $competenceId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerChallenge($input: AnswerChallengeInput!) {\n    answerChallenge(input: $input) {\n      answer {\n        id\n        result\n      }\n      assessment {\n        id\n        state\n        answeredCount\n        progress\n      }\n      nextChallenge {\n        ...ChallengeFields\n      }\n      checkpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerChallenge($input: AnswerChallengeInput!) {\n    answerChallenge(input: $input) {\n      answer {\n        id\n        result\n      }\n      assessment {\n        id\n        state\n        answeredCount\n        progress\n      }\n      nextChallenge {\n        ...ChallengeFields\n      }\n      checkpoint {\n        ...CheckpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteGarSignIn($input: CompleteGarSignInInput!) {\n    completeGarSignIn(input: $input) {\n      campaignCode\n      session {\n        accessToken\n        accessTokenExpiresAt\n        user {\n          id\n          firstName\n          lastName\n          email\n          username\n          locale\n          platformRole\n          mustChangePassword\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteGarSignIn($input: CompleteGarSignInInput!) {\n    completeGarSignIn(input: $input) {\n      campaignCode\n      session {\n        accessToken\n        accessTokenExpiresAt\n        user {\n          id\n          firstName\n          lastName\n          email\n          username\n          locale\n          platformRole\n          mustChangePassword\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GarSignOutUrl {\n    garSignOutUrl\n  }\n"): (typeof documents)["\n  query GarSignOutUrl {\n    garSignOutUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GarSession {\n    garSession\n  }\n"): (typeof documents)["\n  query GarSession {\n    garSession\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedTutorials {\n    me {\n      id\n      savedTutorials {\n        ...TutorialFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedTutorials {\n    me {\n      id\n      savedTutorials {\n        ...TutorialFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeExpiredPassword($input: ChangeExpiredPasswordInput!) {\n    changeExpiredPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeExpiredPassword($input: ChangeExpiredPasswordInput!) {\n    changeExpiredPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        firstName\n        lastName\n        email\n        username\n        locale\n        platformRole\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TutorialFields on Tutorial {\n    id\n    title\n    source\n    format\n    duration\n    link\n    isSaved\n    isLiked\n  }\n"): (typeof documents)["\n  fragment TutorialFields on Tutorial {\n    id\n    title\n    source\n    format\n    duration\n    link\n    isSaved\n    isLiked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTutorial($tutorialId: ID!) {\n    saveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTutorial($tutorialId: ID!) {\n    saveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsaveTutorial($tutorialId: ID!) {\n    unsaveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n"): (typeof documents)["\n  mutation UnsaveTutorial($tutorialId: ID!) {\n    unsaveTutorial(tutorialId: $tutorialId) {\n      id\n      isSaved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeTutorial($tutorialId: ID!) {\n    likeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n"): (typeof documents)["\n  mutation LikeTutorial($tutorialId: ID!) {\n    likeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeTutorial($tutorialId: ID!) {\n    unlikeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikeTutorial($tutorialId: ID!) {\n    unlikeTutorial(tutorialId: $tutorialId) {\n      id\n      isLiked\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;