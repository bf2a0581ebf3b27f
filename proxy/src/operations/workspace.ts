import { z } from 'zod';
import type { MappedError, Operation, OperationContext, PinResult } from './types';

/**
 * Workspace members: one `POST /v1/users` (CreateUserDto) per invited address. Choices where the text
 * is silent: the browser may not set `emailVerified` (an invitee proves the address by accepting)
 * nor `origin` (the proxy sends "Convene" so the workspace can tell where invites came from);
 * `profileData` is limited to names (no `roleName`, `phone`, `icon`: a role is not the inviter's call).
 */

type Body = {
  email: string;
  inviteMessage: string;
  accessGroups?: string[] | undefined;
  idpType?: string | undefined;
  emailVerified?: unknown;
  profileData?: { firstName?: string | undefined; lastName?: string | undefined } | undefined;
};

const ORIGIN = 'Convene';

function pinWorkspace<I extends { body: Body }>(input: I, { site }: OperationContext): PinResult<I> {
  const config = site.workspace;
  if (!config)
    return { ok: false, field: 'accessGroups', message: 'This site does not invite to a workspace.' };
  const { body } = input;
  if (body.emailVerified !== undefined) {
    return {
      ok: false,
      field: 'emailVerified',
      message: 'An invitee verifies the e-mail address by accepting.',
    };
  }
  if (body.idpType !== undefined && body.idpType !== config.idpType) {
    return {
      ok: false,
      field: 'idpType',
      message: `This site invites with the ${config.idpType} identity provider.`,
    };
  }
  const refused = (body.accessGroups ?? []).find((g) => !config.accessGroups.includes(g));
  if (refused !== undefined) {
    return {
      ok: false,
      field: 'accessGroups',
      message: `This site does not offer the access group "${refused}".`,
    };
  }
  return { ok: true, input: { ...input, body: { ...body, idpType: config.idpType } } };
}

function mapError(status: number): MappedError | undefined {
  if (status === 409)
    return { status: 409, code: 'conflict', message: 'This e-mail address already has an account.' };
  return undefined;
}

const name = z.string().trim().min(1).max(100);

const createUser: Operation<Record<string, never>, Record<string, never>, Body> = {
  id: 'workspace.createUser',
  vendor: 'workspace',
  method: 'POST',
  path: '/v1/users',
  params: z.strictObject({}),
  body: z.strictObject({
    email: z.email().max(254),
    inviteMessage: z.string().trim().min(1).max(2000),
    accessGroups: z.array(z.string().min(1).max(100)).max(20).optional(),
    idpType: z.enum(['database', 'saml', 'gsuite', 'okta', 'azureAD', 'adLdap']).optional(),
    // Accepted by the schema only so the pin can refuse it by name.
    emailVerified: z.unknown().optional(),
    profileData: z.strictObject({ firstName: name.optional(), lastName: name.optional() }).optional(),
  }),
  access: { scope: 'invite:workspace' },
  pin: pinWorkspace,
  vendorBody: ({ body }) => {
    const { emailVerified: _browserMayNotSet, ...rest } = body;
    return { ...rest, emailVerified: false, origin: ORIGIN };
  },
  idempotent: true,
  rateLimit: 'invite',
  project: (body) => {
    const u = (body ?? {}) as { id?: unknown; email?: unknown; firstname?: unknown; lastName?: unknown };
    return {
      id: String(u.id ?? ''),
      email: String(u.email ?? ''),
      // The vendor spells the first name `firstname` (lower-case n) in User; the browser gets one style.
      firstName: String(u.firstname ?? ''),
      lastName: String(u.lastName ?? ''),
    };
  },
  mapError,
};

export const workspaceOperations: Operation[] = [createUser];
