import type { Clock } from '../../shared/domain/clock';
import type { ThrottleSettings } from '../../shared/domain/throttle-policy';
import type { ClientTokenService } from '../infrastructure/client-token-service';

/** What the integrators' use cases need, made once at start. */
export interface IntegrationDependencies {
  clock: Clock;
  tokens: ClientTokenService;
  throttle: ThrottleSettings;
}
