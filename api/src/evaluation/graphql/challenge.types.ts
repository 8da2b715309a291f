import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { challengeAsSeenIn, type Challenge, type ChallengeType as ContentChallengeType, type Tutorial } from '../../learning-content';
import type { Locale } from '../../shared/i18n/translate';

export enum ChallengeTypeValue {
  QCU = 'QCU',
  QCM = 'QCM',
  QROC = 'QROC',
  QROCM_IND = 'QROCM_IND',
  QROCM_DEP = 'QROCM_DEP',
}
export enum FieldFormatValue {
  TEXTE = 'TEXTE',
  NOMBRE = 'NOMBRE',
  SELECT = 'SELECT',
}
registerEnumType(ChallengeTypeValue, { name: 'ChallengeType' });
registerEnumType(FieldFormatValue, { name: 'FieldFormat' });

const TYPES: Record<ContentChallengeType, ChallengeTypeValue> = {
  QCU: ChallengeTypeValue.QCU,
  QCM: ChallengeTypeValue.QCM,
  QROC: ChallengeTypeValue.QROC,
  'QROCM-ind': ChallengeTypeValue.QROCM_IND,
  'QROCM-dep': ChallengeTypeValue.QROCM_DEP,
};

@ObjectType('ChallengeField', { simpleResolvers: true })
export class ChallengeFieldType {
  @Field(() => String) name!: string;
  @Field(() => String) label!: string;
  @Field(() => FieldFormatValue) format!: FieldFormatValue;
  @Field(() => [String], { nullable: true }) options!: string[] | null;
}

@ObjectType('ChallengeIllustration', { simpleResolvers: true })
export class ChallengeIllustrationView {
  @Field(() => String, { description: 'Address of the image, on the same origin.' }) url!: string;
  @Field(() => String, { description: 'Text alternative, in the language of the request when available.' }) alt!: string;
}

@ObjectType('ChallengeAttachment', { simpleResolvers: true })
export class ChallengeAttachmentView {
  @Field(() => String) url!: string;
  @Field(() => String) fileName!: string;
  @Field(() => Int, { nullable: true, description: 'Size of the file, in bytes.' }) size!: number | null;
}

@ObjectType('ChallengeEmbed', {
  simpleResolvers: true,
  description: 'A simulator: a self-contained page on the same origin, to show in a frame sandboxed with allow-scripts only.',
})
export class ChallengeEmbedView {
  @Field(() => String, { description: 'Address of the page, on the same origin, under /contenus/.' }) url!: string;
  @Field(() => String, { description: 'Title of the frame, in the language of the request when available.' }) title!: string;
  @Field(() => Int, { description: 'Height of the frame, in CSS pixels.' }) height!: number;
}

const assetUrl = (file: string) => `/contenus/${file.replace(/^assets\//, '')}`;

/** A challenge as the learner sees it: it structurally cannot carry its solution, skill or level. */
@ObjectType('Challenge', { simpleResolvers: true, description: 'A challenge as the learner sees it: never its solution, skill or level.' })
export class ChallengeView {
  @Field(() => ID, { description: 'Opaque (the readable reference of the content names the skill and level): send it back to answer.' })
  id!: string;
  @Field(() => ChallengeTypeValue) type!: ChallengeTypeValue;
  @Field(() => String, { description: 'Markdown, in the language of the request when available.' }) instruction!: string;
  @Field(() => [String], { nullable: true, description: 'QCU / QCM proposals, numbered from 1 in this order.' }) proposals!: string[] | null;
  @Field(() => [ChallengeFieldType], { nullable: true, description: 'QROC (one) / QROCM (several) input fields.' })
  fields!: ChallengeFieldType[] | null;
  @Field(() => Int, { nullable: true, description: 'Seconds, for a timed challenge.' }) timer!: number | null;
  @Field(() => ChallengeIllustrationView, { nullable: true }) illustration!: ChallengeIllustrationView | null;
  @Field(() => ChallengeAttachmentView, { nullable: true, description: 'A file to download and open.' })
  attachment!: ChallengeAttachmentView | null;
  @Field(() => ChallengeEmbedView, { nullable: true, description: 'A simulator to act in.' }) embed!: ChallengeEmbedView | null;

  static from(content: Challenge, locale: Locale): ChallengeView {
    if (!content.publicId) throw new Error(`Challenge ${content.id} has no public id: the release was not imported`);
    // Served in English only when complete in English (the content lint checks it).
    const challenge = challengeAsSeenIn(content, locale);
    const { illustration, attachment, embed } = challenge;
    return Object.assign(new ChallengeView(), {
      id: challenge.publicId,
      type: TYPES[challenge.type],
      instruction: challenge.instruction,
      proposals: challenge.proposals,
      fields:
        challenge.fields?.map((f) =>
          Object.assign(new ChallengeFieldType(), {
            name: f.name,
            label: f.label,
            format: (f.format ?? 'texte').toUpperCase() as FieldFormatValue,
            options: f.options ?? null,
          }),
        ) ?? null,
      timer: challenge.timer,
      illustration: illustration ? Object.assign(new ChallengeIllustrationView(), { url: assetUrl(illustration.file), alt: illustration.alt }) : null,
      attachment: attachment
        ? Object.assign(new ChallengeAttachmentView(), { url: assetUrl(attachment.file), fileName: attachment.name, size: attachment.size ?? null })
        : null,
      embed: embed ? Object.assign(new ChallengeEmbedView(), { url: assetUrl(embed.file), title: embed.title, height: embed.height }) : null,
    });
  }
}

@ObjectType('Tutorial', { simpleResolvers: true })
export class TutorialView {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) source!: string;
  @Field(() => String) format!: string;
  @Field(() => Int, { description: 'Minutes.' }) duration!: number;
  @Field(() => String) link!: string;
  @Field(() => String) locale!: string;
  @Field(() => Boolean, { description: 'Saved by the viewer ("Enregistrer").' }) isSaved!: boolean;
  @Field(() => Boolean, { description: 'Marked useful by the viewer ("Tuto utile").' }) isLiked!: boolean;

  /** The title in the viewer's language (the tutorial itself is in its `locale`). */
  static from(tutorial: Tutorial, preferences: { saved: Set<string>; liked: Set<string> }, locale: Locale = 'fr'): TutorialView {
    return Object.assign(new TutorialView(), {
      id: tutorial.id,
      title: locale === 'en' && tutorial.titleEn ? tutorial.titleEn : tutorial.title,
      source: tutorial.source,
      format: tutorial.format,
      duration: tutorial.durationMinutes,
      link: tutorial.link,
      locale: tutorial.locale,
      isSaved: preferences.saved.has(tutorial.id),
      isLiked: preferences.liked.has(tutorial.id),
    });
  }
}
