import { randomInt } from 'node:crypto';
import { INVITATION_RULES } from '../domain/invitation-rules';

/** 24^10 ≈ 6 × 10^13 codes, drawn by a cryptographic generator: unguessable, and throttled besides. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_RULES.codeLength; i += 1) code += INVITATION_RULES.codeAlphabet[randomInt(INVITATION_RULES.codeAlphabet.length)];
  return code;
}
