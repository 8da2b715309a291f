import os from 'node:os';
import PgBoss from 'pg-boss';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../database/knex-of';
import type { Logger } from '../logger';

/** The durable job queue (pg-boss on the same PostgreSQL), see docs/architecture-scaling.md. */
export interface JobSettings {
  /** This process takes jobs (JOB_WORKER=false keeps it to HTTP requests; jobs are still enqueued). */
  worker: boolean;
  /** A job still active after this long is taken for dead (its process died) and run again; unset: each queue's own. */
  expireSeconds?: number;
  /** How often expired jobs are looked for (one process does it per interval for the whole cluster). */
  maintenanceSeconds: number;
  /** How often an idle worker asks for a job (≥ 0.5 s). */
  pollingSeconds: number;
}

/** A kind of background work, with how hard to insist when a run fails or its process dies. */
export interface QueueDefinition {
  name: string;
  /** Runs after the first one (a crash counts as a failed run). */
  retryLimit: number;
  retryDelaySeconds: number;
  /** Doubles the delay at each retry (for outside services: SMTP). */
  retryBackoff: boolean;
  /**
   * A run still active after this long is taken for dead and the job is run again (pg-boss 10 has no
   * heartbeat: the expiry is how a job of a killed process comes back). Above the longest honest run;
   * the handlers are idempotent, so a live run taken for dead does no harm, only work twice.
   */
  expireInSeconds: number;
}

export interface JobRun {
  id: string;
  /** 1 for the first run. */
  attempt: number;
  /** No retry after this one: a handler ends its work's state machine rather than leave it running. */
  lastAttempt: boolean;
}

export type JobHandler<T> = (data: T, run: JobRun) => Promise<void>;

/**
 * What to do with a job given up on: its last run failed or its process died during it (a run that
 * dies cannot end its work's state machine itself). Runs once, on any process, from the queue's
 * dead-letter queue; idempotent like every handler.
 */
export type DeadJobHandler<T> = (data: T) => Promise<void>;

/** The queue that receives `queueName`'s jobs given up on. */
export function deadLetterQueueOf(queueName: string): string {
  return `${queueName}.dead`;
}

/** This process, as written on the work it takes ("host:pid"). */
export const processIdentity = `${os.hostname()}:${process.pid}`;

/** pg-boss's SQL ($1, $2…, reused) run by knex (`?` placeholders) in the caller's transaction. */
function transactionDb(em: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (text.includes('?')) throw new Error('pg-boss statement with "?": cannot be bound through knex');
      const bindings: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_match, index: string) => {
        bindings.push(values[Number(index) - 1] ?? null);
        return '?';
      });
      const result = await knexOf(em).raw(sql, bindings as any[]);
      return { rows: result.rows };
    },
  };
}

/**
 * The durable job queue, on the platform's PostgreSQL (pg-boss, schema `pgboss`): any API process
 * may take any job; work is enqueued in the transaction of the request that asks for it, so a job
 * exists if and only if what it works on was committed.
 */
export class JobQueue {
  private readonly workers = new Map<string, string>();
  private readonly queues = new Map<string, QueueDefinition>();

  private constructor(
    private readonly boss: PgBoss,
    private readonly settings: JobSettings,
    private readonly logger: Logger,
  ) {}

  /** Installs or upgrades pg-boss's schema (under its own advisory lock: safe when processes start together). */
  static async start(databaseUrl: string, settings: JobSettings, logger: Logger): Promise<JobQueue> {
    const boss = new PgBoss({
      connectionString: databaseUrl,
      application_name: `pix-libre-jobs ${processIdentity}`,
      max: 4,
      supervise: settings.worker,
      maintenanceIntervalSeconds: settings.maintenanceSeconds,
      // Recurring jobs (`every`): the worker processes watch the schedules; pg-boss sends each one once for the cluster.
      schedule: settings.worker,
      // Finished jobs hold e-mails' text (reset links): archived after an hour, deleted after a day.
      archiveCompletedAfterSeconds: 3600,
      deleteAfterHours: 24,
    });
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    return new JobQueue(boss, settings, logger);
  }

  /** Installs pg-boss's schema and stops (the test template, tools). */
  static async install(databaseUrl: string): Promise<void> {
    const boss = new PgBoss({ connectionString: databaseUrl, max: 1, supervise: false, schedule: false });
    await boss.start();
    await boss.stop({ graceful: false, wait: true });
  }

  private expiryOf(queue: QueueDefinition): number {
    return this.settings.expireSeconds ?? queue.expireInSeconds;
  }

  private optionsOf(queue: QueueDefinition) {
    return {
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelaySeconds,
      retryBackoff: queue.retryBackoff,
      expireInSeconds: this.expiryOf(queue),
    };
  }

  /**
   * Declares a queue (created once for the cluster) and, unless JOB_WORKER=false, takes its jobs here.
   * With `onDead`, a job given up on goes to the queue's dead-letter queue, whose handler ends the work.
   */
  async define<T extends object>(queue: QueueDefinition, handler: JobHandler<T>, onDead?: DeadJobHandler<T>): Promise<void> {
    this.queues.set(queue.name, queue);
    const deadLetter = onDead ? deadLetterQueueOf(queue.name) : undefined;
    if (deadLetter) {
      await this.boss.createQueue(deadLetter, { name: deadLetter, retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 });
    }
    await this.boss.createQueue(queue.name, { name: queue.name, ...this.optionsOf(queue), ...(deadLetter ? { deadLetter } : {}) });
    // A queue created before its dead-letter queue existed is given it (createQueue leaves an existing queue as it is).
    if (deadLetter) await this.boss.updateQueue(queue.name, { name: queue.name, ...this.optionsOf(queue), deadLetter });
    if (!this.settings.worker) return;
    if (deadLetter && onDead) {
      const deadId = await this.boss.work<T>(deadLetter, { batchSize: 1, pollingIntervalSeconds: this.settings.pollingSeconds }, async ([job]) => {
        this.logger.warn({ queue: queue.name, deadJobId: job.id }, 'job given up on: ending its work');
        await onDead(job.data);
      });
      this.workers.set(deadLetter, deadId);
    }
    const id = await this.boss.work<T>(
      queue.name,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: this.settings.pollingSeconds },
      async ([job]) => {
        const run = { id: job.id, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit };
        const logger = this.logger.child({ queue: queue.name, jobId: job.id, attempt: run.attempt });
        try {
          await handler(job.data, run);
        } catch (error) {
          logger.error({ err: error, lastAttempt: run.lastAttempt }, 'job failed');
          throw error;
        }
      },
    );
    this.workers.set(queue.name, id);
  }

  /** A job of a declared queue sent on a cron schedule (UTC), once per tick for the whole cluster; redeclaring replaces it. */
  async every<T extends object>(queueName: string, cron: string, data: T): Promise<void> {
    const queue = this.queues.get(queueName);
    if (!queue) throw new Error(`unknown job queue ${queueName}`);
    await this.boss.schedule(queueName, cron, data, this.optionsOf(queue));
  }

  /** Stops sending a queue's recurring job. */
  async unschedule(queueName: string): Promise<void> {
    await this.boss.unschedule(queueName);
  }

  /** Enqueues in `em`'s transaction: the job is visible to the workers when (and only if) it commits. */
  async send<T extends object>(queueName: string, data: T, em: EntityManager): Promise<string> {
    const queue = this.queues.get(queueName);
    if (!queue) throw new Error(`unknown job queue ${queueName}`);
    const id = await this.boss.send(queueName, data, { ...this.optionsOf(queue), db: transactionDb(em) });
    if (!id) throw new Error(`job queue ${queueName} refused the job`);
    return id;
  }

  /** Asks this process's worker to look for jobs now (after a commit) instead of at its next poll. */
  wake(queueName: string): void {
    const id = this.workers.get(queueName);
    if (id) this.boss.notifyWorker(id);
  }

  /** Stops taking jobs and waits (up to 10 s) for the runs in progress; what is cut is run again elsewhere. */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
