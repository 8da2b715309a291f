import { DomainError, ErrorCode } from '../../shared/domain/errors';
import type { ClientRefusal } from './api-client';

/** The refusals of integrators' calls, each with its own code (docs/integrators.md, "Error codes"). */
export class ClientRefusedError extends DomainError {
  constructor(refusal: ClientRefusal, params: { scope?: string; uai?: string } = {}) {
    super(
      refusal === 'SCOPE_MISSING' ? ErrorCode.SCOPE_MISSING : ErrorCode.UAI_NOT_ALLOWED,
      refusal === 'SCOPE_MISSING' ? 'errors.integration.scopeMissing' : 'errors.integration.uaiNotAllowed',
      { scope: params.scope ?? '', uai: params.uai ?? '' },
    );
  }
}

export class IntegratorTokenRequiredError extends DomainError {
  constructor() {
    super(ErrorCode.INTEGRATOR_TOKEN_REQUIRED, 'errors.integration.integratorTokenRequired');
  }
}

export class IntegratorOperationForbiddenError extends DomainError {
  constructor() {
    super(ErrorCode.INTEGRATOR_OPERATION_FORBIDDEN, 'errors.integration.operationForbidden');
  }
}

export class ApiClientRevokedError extends DomainError {
  constructor() {
    super(ErrorCode.API_CLIENT_REVOKED, 'errors.integration.clientRevoked');
  }
}

export class ApiClientTokenOutdatedError extends DomainError {
  constructor() {
    super(ErrorCode.API_CLIENT_TOKEN_OUTDATED, 'errors.integration.tokenOutdated');
  }
}
