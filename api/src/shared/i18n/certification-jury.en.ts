import type { certificationJuryFr } from './certification-jury.fr';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The certification's jury and the publication of results (api/src/certification/results). */
export const certificationJuryEn: Shape<typeof certificationJuryFr> = {
  errors: {
    courseUnknown: 'This certification does not exist.',
    sessionNotFinalized: 'This session has not been finalised by its centre yet: the jury can neither process nor publish it.',
    sessionPublished: "This session's results are published: unpublish it before changing a certification.",
    sessionNotPublished: "This session's results are not published: there is nothing to unpublish.",
    challengeNotInCourse: 'This challenge is not part of certification no. {{courseId}}: choose one of the questions of this test.',
    alreadyNeutralized: 'Question {{number}} is already neutralised.',
    notNeutralized: 'Question {{number}} is not neutralised: there is nothing to undo.',
    decisionTaken: 'The jury already cancelled this certification or rejected it for fraud: undo that decision first.',
    notCancelled: 'This certification is not cancelled by the jury.',
    notRejected: 'This certification is not rejected for fraud.',
  },
  mail: {
    candidate: {
      subject: 'Your Pix certification results are available',
      text: 'Hello {{firstName}},\n\nThe results of your Pix certification taken on {{date}} at {{center}} are available.\n\nFind them in your Pix libre space, under "My certifications":\n{{link}}\n\nThere you will find your certificate, its attestation to download and its verification code.',
    },
    recipient: {
      subject: 'Pix certification results of {{name}}',
      text: 'Hello,\n\nThe results of the Pix certification of {{name}}, taken on {{date}} at {{center}}, are available.\n\n{{name}} finds them in their Pix libre space, under "My certifications" ({{link}}), and can give you the verification code of the certificate.',
    },
  },
};
