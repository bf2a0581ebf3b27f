import { z } from 'zod';
import type { MappedError, Operation, OperationContext, PinResult } from './types';

/** What the browser may know of a Spot member: enough to say "invited" or "already a member". */
const projectMember = (member: unknown) => {
  const m = (member ?? {}) as { id?: unknown; email?: unknown; status?: unknown };
  return { id: String(m.id ?? ''), email: String(m.email ?? ''), status: String(m.status ?? '') };
};

const email = z.email().max(254);

/** Applies the site's `meltingspot.emailNotification`: "always"/"never" fix it, "choice" leaves it to the inviter. */
function pinNotification<I extends { body: { withEmailNotification?: boolean | undefined } }>(
  input: I,
  { site }: OperationContext,
): PinResult<I> {
  const policy = site.meltingspot?.emailNotification ?? 'never';
  if (policy === 'choice') return { ok: true, input };
  const fixed = policy === 'always';
  const asked = input.body.withEmailNotification;
  if (asked !== undefined && asked !== fixed) {
    return {
      ok: false,
      field: 'withEmailNotification',
      message: `This site ${fixed ? 'always' : 'never'} sends the invitation e-mail.`,
    };
  }
  return { ok: true, input: { ...input, body: { ...input.body, withEmailNotification: fixed } } };
}

/** The simulator (and, we assume, the vendor) answers 409 for an address that is already a member. */
function mapError(status: number): MappedError | undefined {
  if (status === 409) return { status: 409, code: 'conflict', message: 'Already a member of this Spot.' };
  return undefined;
}

const noParams = z.object({}).strict();

const bulkInvite: Operation<
  Record<string, never>,
  Record<string, never>,
  { emails: string[]; withEmailNotification?: boolean | undefined }
> = {
  id: 'meltingspot.bulkInvite',
  vendor: 'meltingspot',
  method: 'POST',
  path: '/v1/spotMembers~bulkInvite',
  params: noParams,
  body: z.strictObject({
    emails: z.array(email).min(1).max(200),
    withEmailNotification: z.boolean().optional(),
  }),
  access: { scope: 'invite:meltingspot' },
  pin: pinNotification,
  idempotent: true,
  rateLimit: 'invite',
  // One e-mail per address: a batch of 200 costs what 200 single invites cost.
  rateCost: ({ body }) => body.emails.length,
  project: (body) => {
    const b = (body ?? {}) as { created?: unknown[]; failed?: unknown[] };
    return {
      created: (b.created ?? []).map(projectMember),
      failed: (b.failed ?? []).map((f) => ({ email: String((f as { email?: unknown })?.email ?? '') })),
    };
  },
  mapError,
};

const invite: Operation<
  Record<string, never>,
  Record<string, never>,
  { email: string; withEmailNotification?: boolean | undefined }
> = {
  id: 'meltingspot.invite',
  vendor: 'meltingspot',
  method: 'POST',
  path: '/v1/spotMembers',
  params: noParams,
  body: z.strictObject({ email, withEmailNotification: z.boolean().optional() }),
  access: { scope: 'invite:meltingspot' },
  pin: pinNotification,
  idempotent: true,
  rateLimit: 'invite',
  project: projectMember,
  mapError,
};

const positiveInt = z.string().regex(/^[1-9]\d{0,5}$/);

const findMembers: Operation<
  Record<string, never>,
  { 'email[in]'?: string | string[] | undefined; page?: string | undefined; limit?: string | undefined }
> = {
  id: 'meltingspot.findMembers',
  vendor: 'meltingspot',
  method: 'GET',
  path: '/v1/spotMembers',
  params: noParams,
  query: z.strictObject({
    'email[in]': z.union([email, z.array(email).min(1).max(200)]).optional(),
    page: positiveInt.optional(),
    limit: positiveInt.refine((v) => Number(v) <= 200, 'at most 200').optional(),
  }),
  access: { scope: 'invite:meltingspot' },
  rateLimit: 'read',
  vendorQuery: ({ query }) => {
    const out = new URLSearchParams();
    const emails = query['email[in]'];
    for (const e of Array.isArray(emails) ? emails : emails ? [emails] : []) out.append('email[in]', e);
    if (query.page) out.set('page', query.page);
    if (query.limit) out.set('limit', query.limit);
    return out;
  },
  project: (body) => {
    const b = (body ?? {}) as { items?: unknown[]; total?: unknown };
    return { items: (b.items ?? []).map(projectMember), total: Number(b.total ?? 0) };
  },
};

export const meltingspotOperations: Operation[] = [bulkInvite, invite, findMembers];
