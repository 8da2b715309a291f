/**
 * Content tool: prints the figures of the content release (api/content) per competence and level —
 * skills, challenges per skill, share of tasks, of non-QCU and of English — and the simulators, files
 * and reviewed answer lists, as Markdown for api/content/CHANGELOG.md.
 * Usage: npm run content:stats -w api (after cd api && npx tsc -p tsconfig.build.json), or with a folder.
 */
import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from './learning-content/infrastructure/release-files';
import { formatReleaseStats, releaseStats } from './learning-content/domain/release-stats';

const root = process.argv[2] ?? DEFAULT_CONTENT_ROOT;
const release = readReleaseFiles(root);
console.log(`Version ${release.version}\n`);
console.log(formatReleaseStats(releaseStats(release)));
