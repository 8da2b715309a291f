import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets are redacted even if a caller passes them by mistake. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'api' },
    redact: {
      paths: [
        'password',
        '*.password',
        'refreshToken',
        '*.refreshToken',
        'accessToken',
        '*.accessToken',
        'req.headers.authorization',
        'req.headers.cookie',
        'variables',
      ],
      censor: '[masqué]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
