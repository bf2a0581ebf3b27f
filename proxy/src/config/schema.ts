import { z } from 'zod';
import type { RateLimitBucket } from '../store/types';
import { VENDOR_IDS } from '../vendors';
import { defaultCacheTtls } from './cacheTtls';
import { defaultRateLimits } from './rateLimits';
import { vendorBlockSchemas } from './vendorSchemas';

/**
 * The whole config file, as one zod schema: the loader validates with it (every issue listed) and
 * `proxy/scripts/writeConfigSchema.ts` publishes it as JSON Schema for editors. docs/config.md explains
 * every key.
 */

const positiveId = z.number().int().positive();

const rateLimit = z.strictObject({
  points: z.number().int().min(1).describe('Requests (for invites: addresses) allowed per window.'),
  durationSeconds: z.number().int().min(1).max(86_400).describe('Length of the window.'),
});

const visitorLimit = rateLimit.describe('Each client IP and each widget token, separately.');
const siteLimit = rateLimit.describe('All visitors of one site together.');

const bucketDescriptions: Record<RateLimitBucket, string> = {
  read: 'Availability, event types, polls, cancellation policies, member look-ups.',
  write: 'Bookings, reschedules, cancellations, volunteer sign-ups.',
  invite: 'Invitations, counted per address (a MeltingSpot batch of 200 costs 200).',
  vote: 'Poll votes.',
};

/** A bucket in the file's `limits.rateLimits`: what is absent is the default. */
const fileBucket = (bucket: RateLimitBucket) =>
  z
    .strictObject({
      visitor: visitorLimit.default(defaultRateLimits[bucket].visitor),
      site: siteLimit.default(defaultRateLimits[bucket].site),
    })
    .default(defaultRateLimits[bucket])
    .describe(bucketDescriptions[bucket]);

/** A bucket in a site's `limits.rateLimits`: only what the site changes; the rest is the file's. */
const siteBucket = (bucket: RateLimitBucket) =>
  z
    .strictObject({ visitor: visitorLimit.optional(), site: siteLimit.optional() })
    .optional()
    .describe(bucketDescriptions[bucket]);

const fileRateLimits = z.strictObject({
  read: fileBucket('read'),
  write: fileBucket('write'),
  invite: fileBucket('invite'),
  vote: fileBucket('vote'),
});

const siteRateLimits = z.strictObject({
  read: siteBucket('read'),
  write: siteBucket('write'),
  invite: siteBucket('invite'),
  vote: siteBucket('vote'),
});

const site = z.strictObject({
  key: z.string().regex(/^pk_[A-Za-z0-9_]{3,64}$/, 'site keys look like pk_live_shop'),
  origins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin is scheme://host[:port|:*]')).min(1),
  simplymeet: z
    .strictObject({
      eventTypes: z.array(positiveId),
      polls: z.array(z.strictObject({ id: positiveId, uuid: z.string().min(1).max(64) })),
      manageTokenMaxSeconds: z
        .number()
        .int()
        .min(60)
        .max(366 * 24 * 3600)
        .optional(),
    })
    .optional(),
  meltingspot: z.strictObject({ emailNotification: z.enum(['always', 'never', 'choice']) }).optional(),
  workspace: z
    .strictObject({
      accessGroups: z.array(z.string().min(1)),
      idpType: z.enum(['database', 'saml', 'gsuite', 'okta', 'azureAD', 'adLdap']),
    })
    .optional(),
  volunteers: z
    .strictObject({
      roleProfileId: positiveId,
      teamId: positiveId.optional(),
      sendPasswordResetEmail: z.boolean(),
    })
    .optional(),
  calcom: z.strictObject({ clientId: z.string().min(1) }).optional(),
  limits: z
    .strictObject({ rateLimits: siteRateLimits.optional() })
    .optional()
    .describe("This site's own rate limits, laid over the file's."),
});

const tokenKey = z.discriminatedUnion('alg', [
  z.strictObject({
    kid: z.string().min(1),
    alg: z.literal('HS256'),
    secret: z.string().min(32, 'at least 32 characters'),
  }),
  z.strictObject({
    kid: z.string().min(1),
    alg: z.literal('EdDSA'),
    publicKey: z.string().includes('PUBLIC KEY'),
  }),
]);

const ttl = z.number().int().min(1).max(3600);

export const configFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('For editors; ignored by the proxy.'),
    mode: z.enum(['live', 'sandbox']).default('live'),
    sites: z.array(site).min(1),
    tokenKeys: z.array(tokenKey).min(1),
    vendors: z
      .strictObject(
        Object.fromEntries(VENDOR_IDS.map((vendor) => [vendor, vendorBlockSchemas[vendor].optional()])) as {
          [V in keyof typeof vendorBlockSchemas]: z.ZodOptional<(typeof vendorBlockSchemas)[V]>;
        },
      )
      .default({}),
    limits: z
      .strictObject({
        bodyBytes: z
          .number()
          .int()
          .min(1024)
          .max(10 * 1024 * 1024)
          .default(64 * 1024)
          .describe('Largest request body accepted; larger is 413.'),
        vendorTimeoutMs: z
          .number()
          .int()
          .min(100)
          .max(60_000)
          .default(10_000)
          .describe('Per vendor call, including the one retry of a GET; over it is 504.'),
        shutdownTimeoutMs: z
          .number()
          .int()
          .min(0)
          .max(120_000)
          .default(10_000)
          .describe('After SIGTERM, how long requests in flight may take.'),
        rateLimits: fileRateLimits.default(defaultRateLimits),
      })
      .default({
        bodyBytes: 64 * 1024,
        vendorTimeoutMs: 10_000,
        shutdownTimeoutMs: 10_000,
        rateLimits: defaultRateLimits,
      }),
    cache: z
      .strictObject({
        enabled: z.boolean().default(true),
        ttlSeconds: z
          .strictObject({
            availability: ttl.default(defaultCacheTtls.availability),
            eventTypes: ttl.default(defaultCacheTtls.eventTypes),
            cancellationPolicies: ttl.default(defaultCacheTtls.cancellationPolicies),
          })
          .default(defaultCacheTtls),
      })
      .default({ enabled: true, ttlSeconds: defaultCacheTtls })
      .describe('The short shared cache of public SimplyMeet reads.'),
    trustedProxy: z
      .strictObject({ header: z.string().min(1), hops: z.number().int().min(1).max(5) })
      .optional()
      .describe("The load balancer's client-IP header, read `hops` entries from the right."),
    redisUrl: z
      .string()
      .regex(/^rediss?:\/\//)
      .optional()
      .describe('Shared store for several instances; REDIS_URL when absent; memory when neither.'),
    metrics: z
      .strictObject({
        enabled: z.boolean().default(true).describe('Serve GET /metrics (Prometheus text).'),
        token: z
          .string()
          .min(8)
          .optional()
          .describe('When set, /metrics answers only `Authorization: Bearer <token>`.'),
      })
      .optional()
      .describe('Prometheus metrics (docs/metrics.md).'),
  })
  .describe('Convene signing proxy configuration (docs/config.md).');

export type ConfigFile = z.output<typeof configFileSchema>;
