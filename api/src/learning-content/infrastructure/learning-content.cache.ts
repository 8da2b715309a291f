import type { MikroORM } from '@mikro-orm/postgresql';
import type { LearningContent } from '../domain/learning-content';
import { latestReleaseVersion, loadLearningContent } from './learning-content.repository';
import { sqlStatementScope } from '../../shared/infrastructure/database/orm';

/**
 * The content is read-mostly: each API node keeps it in memory and checks the version stamp in the
 * background, so a release imported by another node is picked up without a request paying for it.
 */
export class LearningContentCache {
  private content?: LearningContent;
  private timer?: NodeJS.Timeout;

  constructor(private readonly orm: MikroORM, private readonly refreshSeconds = 60) {}

  async load(): Promise<LearningContent> {
    this.content = await sqlStatementScope.exit(() => loadLearningContent(this.orm.em.fork()));
    return this.content;
  }

  get(): LearningContent {
    if (!this.content) throw new Error('Learning content not loaded yet');
    return this.content;
  }

  startRefreshing(onError: (error: unknown) => void): void {
    this.timer = setInterval(() => {
      sqlStatementScope.exit(async () => {
        try {
          const version = await latestReleaseVersion(this.orm.em.fork());
          if (version && version !== this.content?.version) await this.load();
        } catch (error) {
          onError(error);
        }
      });
    }, this.refreshSeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
