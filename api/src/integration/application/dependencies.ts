import type { Clock } from '../../shared/domain/clock';
import type { ThrottleSettings } from '../../shared/domain/throttle-policy';
import type { ClientTokenService } from '../infrastructure/client-token-service';
import type { GarDependencies } from './gar-sign-in.usecases';

/** What the integrators' use cases need, made once at start. */
export interface IntegrationDependencies {
  clock: Clock;
  tokens: ClientTokenService;
  throttle: ThrottleSettings;
  /** The GAR's single sign-on; null when GAR_IDP_METADATA is unset. */
  gar: GarDependencies | null;
}
