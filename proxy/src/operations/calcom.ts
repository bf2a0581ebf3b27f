import { z } from 'zod';
import type { MappedError, Operation, OperationContext, OperationInput, PinResult } from './types';

/**
 * Cal.com platform managed users. The vendor text lists tools, not paths; the paths are those of
 * Cal.com's public v2 API (`/v2/oauth-clients/{clientId}/users`). The OAuth client is the site's.
 */

type Params = { clientId: string };

/** Only the configured OAuth client is reachable; the browser cannot pick another one. */
function pinClient<I extends OperationInput<Params>>(input: I, { site }: OperationContext): PinResult<I> {
  const configured = site.calcom?.clientId;
  if (!configured || input.params.clientId !== configured) {
    return { ok: false, field: 'clientId', message: 'This site does not use that Cal.com OAuth client.' };
  }
  return { ok: true, input };
}

const params = z.strictObject({ clientId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** The create answer carries the managed user's access and refresh tokens: they stay in the proxy. */
const projectUser = (user: unknown) => {
  const u = (user ?? {}) as { id?: unknown; email?: unknown; name?: unknown; timeZone?: unknown };
  return {
    id: Number(u.id),
    email: String(u.email ?? ''),
    name: String(u.name ?? ''),
    timeZone: String(u.timeZone ?? ''),
  };
};

function mapError(status: number): MappedError | undefined {
  if (status === 409)
    return { status: 409, code: 'conflict', message: 'A managed user with this e-mail already exists.' };
  return undefined;
}

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

type CreateBody = {
  email: string;
  name: string;
  timeZone?: string | undefined;
  locale?: string | undefined;
  timeFormat?: 12 | 24 | undefined;
  weekStart?: string | undefined;
};

const createManagedUser: Operation<Params, Record<string, never>, CreateBody> = {
  id: 'calcom.createManagedUser',
  vendor: 'calcom',
  method: 'POST',
  path: '/v2/oauth-clients/{clientId}/users',
  params,
  body: z.strictObject({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    timeZone: z.string().max(64).refine(isTimeZone, 'Unknown time zone').optional(),
    locale: z
      .string()
      .regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/)
      .optional(),
    timeFormat: z.union([z.literal(12), z.literal(24)]).optional(),
    weekStart: z
      .enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      .optional(),
  }),
  access: { scope: 'invite:calcom' },
  pin: pinClient,
  idempotent: true,
  rateLimit: 'invite',
  project: (body) => projectUser(((body ?? {}) as { data?: { user?: unknown } }).data?.user),
  mapError,
};

type FindQuery = { emails?: string | undefined; limit?: string | undefined; offset?: string | undefined };

const findManagedUsers: Operation<Params, FindQuery> = {
  id: 'calcom.findManagedUsers',
  vendor: 'calcom',
  method: 'GET',
  path: '/v2/oauth-clients/{clientId}/users',
  params,
  query: z.strictObject({
    emails: z
      .string()
      .max(200 * 255)
      .refine((v) => {
        const list = v.split(',');
        return list.length <= 200 && list.every((e) => z.email().safeParse(e).success);
      }, 'emails must be a comma-separated list of at most 200 e-mail addresses')
      .optional(),
    limit: z
      .string()
      .regex(/^[1-9]\d{0,2}$/)
      .refine((v) => Number(v) <= 250, 'at most 250')
      .optional(),
    offset: z
      .string()
      .regex(/^\d{1,6}$/)
      .optional(),
  }),
  access: { scope: 'invite:calcom' },
  pin: pinClient,
  rateLimit: 'read',
  vendorQuery: ({ query }) => {
    const out = new URLSearchParams();
    if (query.emails) out.set('emails', query.emails);
    if (query.limit) out.set('limit', query.limit);
    if (query.offset) out.set('offset', query.offset);
    return out;
  },
  project: (body) => {
    const data = ((body ?? {}) as { data?: unknown[] }).data ?? [];
    return {
      items: data.map((u) => {
        const { id, email } = projectUser(u);
        return { id, email };
      }),
    };
  },
};

export const calcomOperations: Operation[] = [createManagedUser, findManagedUsers];
