import type { Challenge } from './learning-content';

/**
 * A challenge as a learner in this language sees it: in English, the English instruction, proposals,
 * labels and drop-down options (the content lint makes sure a challenge offered in English has them
 * all), and the English option first among a drop-down's accepted variants, so that the expected answer
 * a checkpoint shows is in English too. A challenge with no English version is returned as it is. Pure.
 */
export function challengeAsSeenIn(challenge: Challenge, locale: string): Challenge {
  if (locale !== 'en' || !challenge.instructionEn) return challenge;
  const fields = challenge.fields?.map((f) => ({ ...f, label: f.labelEn ?? f.label, options: f.optionsEn ?? f.options })) ?? null;
  const englishFirst = (name: string, variants: string[]) => {
    const field = challenge.fields?.find((f) => f.name === name);
    if (!field?.optionsEn) return variants;
    return [...variants.filter((v) => field.optionsEn!.includes(v)), ...variants.filter((v) => !field.optionsEn!.includes(v))];
  };
  let solution = challenge.solution;
  if (challenge.type === 'QROC' && Array.isArray(solution) && challenge.fields?.[0]) solution = englishFirst(challenge.fields[0].name, solution as string[]);
  if (challenge.type === 'QROCM-ind' && solution && typeof solution === 'object' && !Array.isArray(solution))
    solution = Object.fromEntries(Object.entries(solution).map(([name, variants]) => [name, englishFirst(name, variants)]));
  return {
    ...challenge,
    instruction: challenge.instructionEn,
    proposals: challenge.proposalsEn ?? challenge.proposals,
    fields,
    solution,
    illustration: challenge.illustration && {
      ...challenge.illustration,
      file: challenge.illustration.fileEn ?? challenge.illustration.file,
      alt: challenge.illustration.altEn ?? challenge.illustration.alt,
    },
    attachment: challenge.attachment && {
      ...challenge.attachment,
      file: challenge.attachment.fileEn ?? challenge.attachment.file,
      name: challenge.attachment.nameEn ?? challenge.attachment.name,
      size: challenge.attachment.fileEn ? challenge.attachment.sizeEn : challenge.attachment.size,
    },
    embed: challenge.embed && {
      ...challenge.embed,
      file: challenge.embed.fileEn ?? challenge.embed.file,
      title: challenge.embed.titleEn ?? challenge.embed.title,
    },
  };
}
