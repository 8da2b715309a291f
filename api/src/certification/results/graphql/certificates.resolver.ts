import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../../graphql/access';
import type { GraphQLContext } from '../../../graphql/context';
import { ForbiddenError, UnauthenticatedError } from '../../../shared/domain/errors';
import { myCertificates, verifyCertificate } from '../application/certificates.usecases';
import { certificationResultDivisions, schoolCertificationResults, schoolResultsDownloadUrl } from '../application/school-certification-results.usecases';
import { resultsRepositories } from '../application/results-repositories';
import { organizationAccessOf } from '../../../graphql/organization-access';
import { ResultsExportLinks } from '../infrastructure/results-export-link';
import { toCertificateView, toSchoolResultView, toVerifiedCertificateView } from './certificate.mappers';
import { CertificateView, SchoolCertificationResultView, VerifiedCertificateView } from './certificate.types';

@Resolver()
export class CertificatesResolver {
  @Public()
  @Query(() => VerifiedCertificateView, {
    nullable: true,
    description:
      'The public verification of a certificate by its code (spaces, case and the dash ignored): a published, validated certificate; null for anything else. Throttled per address.',
  })
  async verifyCertificate(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<VerifiedCertificateView | null> {
    const deps = { content: ctx.services.content.get(), clock: ctx.clock, throttle: ctx.services.config.throttle };
    // One statement on the pool (no request entity manager forked, no loaders): the root EM's query builder only.
    const found = await verifyCertificate(resultsRepositories(ctx.services.orm.em, ctx.services.results), deps, code, ctx.address);
    return found ? toVerifiedCertificateView(found) : null;
  }
}

/** `me.certifications`: the viewer's own only. */
export async function certificationsOfUser(ctx: GraphQLContext, userId: number): Promise<CertificateView[]> {
  if (!ctx.viewer) throw new UnauthenticatedError();
  if (ctx.viewer.userId !== userId) throw new ForbiddenError();
  const certificates = await myCertificates(resultsRepositories(ctx.em, ctx.services.results), { content: ctx.services.content.get(), publicUrl: ctx.services.config.publicUrl }, userId);
  return certificates.map(toCertificateView);
}

/** `organization.certificationResults(division)`. */
export async function certificationResultsOf(ctx: GraphQLContext, organizationId: number, division: string | null): Promise<SchoolCertificationResultView[]> {
  const results = await schoolCertificationResults(resultsRepositories(ctx.em, ctx.services.results), { content: ctx.services.content.get() }, organizationAccessOf(ctx), organizationId, division);
  return results.map(toSchoolResultView);
}

/** `organization.certificationResultDivisions`. */
export function certificationResultDivisionsOf(ctx: GraphQLContext, organizationId: number): Promise<string[]> {
  return certificationResultDivisions(resultsRepositories(ctx.em, ctx.services.results), organizationAccessOf(ctx), organizationId);
}

/** `organization.certificationResultsCsvUrl(division)` and `certificationAttestationsUrl(division)`: links valid 5 minutes. */
export function schoolResultsUrlOf(ctx: GraphQLContext, organizationId: number, division: string, document: 'certifications.csv' | 'attestations.pdf'): Promise<string> {
  const { config } = ctx.services;
  const deps = { links: new ResultsExportLinks(config.accessTokenSecret), publicUrl: config.publicUrl, now: ctx.clock.now() };
  return schoolResultsDownloadUrl(deps, organizationAccessOf(ctx), organizationId, division, document);
}
