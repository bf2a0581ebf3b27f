import { createRedactor } from './redact';
import { stdoutLines } from './stdoutLines';

/** What the proxy writes once per request. */
export interface RequestLogEntry {
  operation: string;
  site?: string;
  status: number;
  vendorStatus?: number;
  durationMs: number;
  requestId?: string;
  method?: string;
  /** Error code sent to the browser, when the answer is an error. */
  code?: string;
  [field: string]: unknown;
}

export interface Logger {
  request(entry: RequestLogEntry): void;
  error(message: string, details?: Record<string, unknown> | unknown): void;
  warn(message: string, details?: Record<string, unknown>): void;
}

export interface LoggerOptions {
  /** Every credential the proxy holds; none may reach a log line in any form. */
  secrets: string[];
  /** One JSON line per call; stdout by default (`stdoutLines`). */
  write?: (line: string) => void;
  now?: () => Date;
}

/** Structured JSON logs, one line each, with secrets and e-mail addresses redacted everywhere. */
export function createLogger(options: LoggerOptions): Logger {
  const redact = createRedactor(options.secrets);
  const write = options.write ?? stdoutLines();
  const now = options.now ?? (() => new Date());

  function emit(level: 'info' | 'warn' | 'error', fields: Record<string, unknown>): void {
    const line = redact({ time: now().toISOString(), level, ...fields });
    write(JSON.stringify(line));
  }

  return {
    request(entry) {
      const level = entry.status >= 500 ? 'error' : entry.status >= 400 ? 'warn' : 'info';
      emit(level, { ...entry });
    },
    error(message, details) {
      emit('error', { message, ...(details instanceof Error ? { error: details } : asFields(details)) });
    },
    warn(message, details) {
      emit('warn', { message, ...details });
    },
  };
}

function asFields(details: unknown): Record<string, unknown> {
  if (details === undefined) return {};
  if (details !== null && typeof details === 'object' && !Array.isArray(details)) {
    return details as Record<string, unknown>;
  }
  return { details };
}
