import type { Hono } from 'hono';
import { z } from 'zod';
import type { ProxyEnv } from '../env';
import { invalidRequest } from '../errors';
import { issuesOf } from '../pipeline/readInput';
import type { TokenKey } from '../tokens/keys';
import { mintWidgetToken } from '../tokens/mint';
import { SCOPES, VENDOR_IDS } from '../vendors';
import type { Fault } from './transport';

export interface SandboxControls {
  siteKey: string;
  tokenKey: TokenKey;
  now(): Date;
  /** A sandbox event's start: a `booking:manage` token bound to it expires then, as the proxy's own. */
  eventStart(id: number): Date | undefined;
  seed(): Record<string, unknown>;
  calls(): unknown[];
  addFault(fault: Fault): void;
  reset(now?: Date): void;
}

const resetRequest = z.strictObject({ now: z.iso.datetime({ offset: true }).optional() });

const tokenRequest = z.strictObject({
  scopes: z.array(z.enum(SCOPES)).min(1),
  ttlSeconds: z.number().int().min(1).max(3600).optional(),
  bind: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  origin: z.string().max(200).optional(),
  maxUses: z.number().int().min(1).optional(),
  /** Sandbox only: mint as if at this instant (an hour ago gives an expired token for tests). */
  issuedAt: z.iso.datetime({ offset: true }).optional(),
});

const faultRequest = z.strictObject({
  vendor: z.enum(VENDOR_IDS),
  status: z.number().int().min(200).max(599).optional(),
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  times: z.number().int().min(1).max(1000).optional(),
  body: z.string().max(10_000).optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

/** `/__sandbox/*` exactly as DESIGN.md describes it. Mounted only in sandbox mode. */
export function mountSandboxRoutes(app: Hono<ProxyEnv>, controls: SandboxControls): void {
  app.get('/__sandbox/seed', (c) => c.json({ site: controls.siteKey, ...controls.seed() }));
  app.get('/__sandbox/calls', (c) => c.json({ calls: controls.calls() }));
  app.post('/__sandbox/reset', async (c) => {
    const request = resetRequest.safeParse(await jsonBody(c.req.raw));
    if (!request.success)
      throw invalidRequest('Invalid reset request.', { issues: issuesOf(request.error) }, 422);
    const now = request.data.now ? new Date(request.data.now) : undefined;
    controls.reset(now);
    return c.json({ reset: true, now: controls.now().toISOString() });
  });
  app.post('/__sandbox/faults', async (c) => {
    const fault = faultRequest.safeParse(await jsonBody(c.req.raw));
    if (!fault.success) throw invalidRequest('Invalid fault.', { issues: issuesOf(fault.error) }, 422);
    controls.addFault(fault.data);
    const { vendor, status, latencyMs, times = 1 } = fault.data;
    return c.json({ queued: { vendor, status, latencyMs, times } });
  });
  app.post('/__sandbox/token', async (c) => {
    const request = tokenRequest.safeParse(await jsonBody(c.req.raw));
    if (!request.success)
      throw invalidRequest('Invalid token request.', { issues: issuesOf(request.error) }, 422);
    const { scopes, bind, origin, maxUses, issuedAt } = request.data;
    const now = issuedAt ? new Date(issuedAt) : controls.now();
    const token = await mintWidgetToken({
      key: controls.tokenKey,
      site: controls.siteKey,
      scopes,
      ...lifetime(controls, request.data, now),
      now,
      ...(bind ? { bind } : {}),
      ...(origin ? { origin } : {}),
      ...(maxUses ? { maxUses } : {}),
    });
    return c.json({ token });
  });
}

/**
 * `ttlSeconds` when given; a `booking:manage` token bound to a known, future event ends when it starts,
 * like the one the proxy adds to a booking; otherwise 15 minutes.
 */
function lifetime(
  controls: SandboxControls,
  request: z.output<typeof tokenRequest>,
  now: Date,
): { ttlSeconds: number } | { expiresAt: Date } {
  if (request.ttlSeconds) return { ttlSeconds: request.ttlSeconds };
  const event = Number(request.bind?.event);
  const startsAt = request.scopes.includes('booking:manage') ? controls.eventStart(event) : undefined;
  const onlyManage = request.scopes.every((scope) => scope === 'booking:manage');
  if (onlyManage && startsAt && startsAt.getTime() - now.getTime() >= 1000) {
    return { expiresAt: new Date(Math.floor(startsAt.getTime() / 1000) * 1000) };
  }
  return { ttlSeconds: 900 };
}

async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalidRequest('The body is not valid JSON.');
  }
}
