import argon2 from 'argon2';

/** argon2id with the OWASP parameters (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// A hash to verify against when the account does not exist, so that timing does not tell.
let dummyHash: Promise<string> | undefined;

export const passwordHasher = {
  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  },
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (!hash) {
      dummyHash ??= argon2.hash('pas-de-compte-Aa1', OPTIONS);
      await argon2.verify(await dummyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  },
};
export type PasswordHasher = typeof passwordHasher;
