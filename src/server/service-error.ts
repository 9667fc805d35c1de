/** Why a service refused: the actions turn these into ActionErrors with the same code. */
export type ServiceErrorCode =
  'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT';

/** The HTTP status of each refusal, for the routes that answer with JSON. */
export const SERVICE_ERROR_STATUS: Readonly<Record<ServiceErrorCode, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
};

/** A refusal the caller can act on; the message is one sentence that names the field. */
export class ServiceError extends Error {
  readonly code: ServiceErrorCode;
  /** The input field the message is about, when there is one. */
  readonly field: string | undefined;
  constructor(code: ServiceErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.field = field;
  }
}
