import type { certificatesFr } from './certificates.fr';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Certificates: what candidates, anyone and schools see of published results (api/src/certification/results). */
export const certificatesEn: Shape<typeof certificatesFr> = {
  errors: {
    attestationUnknown: 'No attestation matches this certificate: it does not exist, its results are not published or validated, or it is not yours.',
    noAttestation: 'No pupil of this class has a validated, published certification: there is no attestation to download.',
    divisionRequired: 'Choose a class (division parameter).',
  },
};
