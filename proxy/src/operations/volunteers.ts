import { z } from 'zod';
import type { MappedError, Operation, OperationContext, PinResult } from './types';

/**
 * Volunteers: create a user per person, and find users by `q=<email>` to spot duplicates. The text
 * gives no paths: `/users` (the base URL is config). The role profile (and team) and the welcome
 * e-mail are the site's, whatever the browser sends. The vendor needs `dob` or `confirm_age`; the
 * widget does not ask for a date of birth, so the proxy sends `confirm_age: true` (assumption: the
 * signed-in coordinator who registers volunteers vouches for their age, as they would on paper).
 */

type RoleProfile = { id: number; team?: { id: number } | undefined };
type Body = {
  first_name: string;
  last_name: string;
  emailAddresses: { email: string; primary?: boolean | undefined }[];
  roleProfiles?: RoleProfile[] | undefined;
  send_password_reset_email?: boolean | undefined;
};

function pinVolunteer<I extends { body: Body }>(input: I, { site }: OperationContext): PinResult<I> {
  const config = site.volunteers;
  if (!config)
    return { ok: false, field: 'roleProfiles', message: 'This site does not register volunteers.' };
  const { body } = input;
  const sentRole = body.roleProfiles;
  if (sentRole !== undefined) {
    const [only, ...more] = sentRole;
    const sameTeam = only?.team === undefined || only.team.id === config.teamId;
    if (!only || more.length || only.id !== config.roleProfileId || !sameTeam) {
      return { ok: false, field: 'roleProfiles', message: 'The role profile is fixed by this site.' };
    }
  }
  const sentReset = body.send_password_reset_email;
  if (sentReset !== undefined && sentReset !== config.sendPasswordResetEmail) {
    return {
      ok: false,
      field: 'send_password_reset_email',
      message: 'The welcome e-mail is fixed by this site.',
    };
  }
  const role: RoleProfile =
    config.teamId === undefined
      ? { id: config.roleProfileId }
      : { id: config.roleProfileId, team: { id: config.teamId } };
  return {
    ok: true,
    input: {
      ...input,
      body: { ...body, roleProfiles: [role], send_password_reset_email: config.sendPasswordResetEmail },
    },
  };
}

/** A taken address is a 422 on an `emailAddresses.N.email` field; the widget shows it as "already registered". */
function mapError(status: number, body: unknown): MappedError | undefined {
  const errors = ((body ?? {}) as { errors?: Record<string, unknown> }).errors ?? {};
  const taken = Object.entries(errors).some(
    ([field, messages]) =>
      field.startsWith('emailAddresses.') && JSON.stringify(messages).includes('already been taken'),
  );
  if (status === 422 && taken)
    return { status: 409, code: 'conflict', message: 'This e-mail address is already registered.' };
  return undefined;
}

const name = z.string().trim().min(1).max(100);
const email = z.email().max(254);

const createUser: Operation<Record<string, never>, Record<string, never>, Body> = {
  id: 'volunteers.createUser',
  vendor: 'volunteers',
  method: 'POST',
  path: '/users',
  params: z.strictObject({}),
  body: z.strictObject({
    first_name: name,
    last_name: name,
    emailAddresses: z
      .array(z.strictObject({ email, primary: z.boolean().optional() }))
      .min(1)
      .max(5),
    roleProfiles: z
      .array(
        z.strictObject({
          id: z.number().int().positive(),
          team: z.strictObject({ id: z.number().int() }).optional(),
        }),
      )
      .max(5)
      .optional(),
    send_password_reset_email: z.boolean().optional(),
  }),
  access: { scope: 'invite:volunteers' },
  pin: pinVolunteer,
  vendorBody: ({ body }) => ({ ...body, confirm_age: true }),
  idempotent: true,
  rateLimit: 'invite',
  project: (body) => {
    const u = (body ?? {}) as { id?: unknown; first_name?: unknown; last_name?: unknown };
    return { id: Number(u.id), firstName: String(u.first_name ?? ''), lastName: String(u.last_name ?? '') };
  },
  mapError,
};

const findUsers: Operation<Record<string, never>, { q: string }> = {
  id: 'volunteers.findUsers',
  vendor: 'volunteers',
  method: 'GET',
  path: '/users',
  params: z.strictObject({}),
  // Only an exact address: the vendor's `q` also searches names, which the inviter has no need to browse.
  query: z.strictObject({ q: email }),
  access: { scope: 'invite:volunteers' },
  rateLimit: 'read',
  vendorQuery: ({ query }) => new URLSearchParams({ q: query.q, include: 'emailAddresses', per_page: '50' }),
  project: (body, { query }) => {
    const wanted = query.q.toLowerCase();
    const data = ((body ?? {}) as { data?: unknown[] }).data ?? [];
    const items = data.flatMap((user) => {
      const u = (user ?? {}) as { id?: unknown; emailAddresses?: { email?: unknown }[] };
      const match = (u.emailAddresses ?? []).find((e) => String(e?.email ?? '').toLowerCase() === wanted);
      return match ? [{ id: Number(u.id), email: String(match.email) }] : [];
    });
    return { items };
  },
};

export const volunteersOperations: Operation[] = [createUser, findUsers];
