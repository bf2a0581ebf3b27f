import { z } from 'zod';
import type { VendorId } from '../vendors';

const url = z.url({ protocol: /^https?$/ });
const secret = z.string().min(8);
const id = z.string().min(1);

/**
 * The `vendors` blocks of the config file. Credentials usually come from the environment ("env:NAME"),
 * so every credential may be absent here: a vendor whose credentials are all unset is simulated in
 * sandbox mode (and refused in live mode when a site uses it). `requiredWhenCalled` is checked after.
 * Base URLs default where a vendor text gives one (or the best-known host: README, "Assumptions").
 */
export const vendorBlockSchemas = {
  simplymeet: z.strictObject({
    baseUrl: url.default('https://secure.simplymeet.me'),
    apiKey: secret.optional().describe('Sent as X-API-KEY.'),
  }),
  meltingspot: z.strictObject({
    baseUrl: url.default('https://api.meltingspot.io'),
    apiKey: secret.optional(),
    authHeader: z
      .enum(['authorization-bearer', 'x-api-key'])
      .default('authorization-bearer')
      .describe('How the API key is sent; the vendor text is silent.'),
  }),
  workspace: z.strictObject({
    baseUrl: url.optional().describe('No documented host: required when the vendor is called.'),
    clientId: id.optional(),
    clientSecret: secret.optional(),
    authorizePath: z
      .string()
      .regex(/^\/[\w/-]*$/)
      .default('/authorize'),
  }),
  volunteers: z.strictObject({
    baseUrl: url.optional().describe('No documented host: required when the vendor is called.'),
    token: secret.optional(),
  }),
  calcom: z.strictObject({
    baseUrl: url.default('https://api.cal.com'),
    clientId: id.optional(),
    secretKey: secret.optional(),
  }),
} satisfies Record<VendorId, z.ZodType>;

/** Any of these set means "call this vendor for real". */
export const credentialFields: Record<VendorId, string[]> = {
  simplymeet: ['apiKey'],
  meltingspot: ['apiKey'],
  workspace: ['clientId', 'clientSecret'],
  volunteers: ['token'],
  calcom: ['clientId', 'secretKey'],
};

/** What a vendor called for real cannot do without. */
export const requiredWhenCalled: Record<VendorId, string[]> = {
  simplymeet: ['apiKey'],
  meltingspot: ['apiKey'],
  workspace: ['baseUrl', 'clientId', 'clientSecret'],
  volunteers: ['baseUrl', 'token'],
  calcom: ['clientId', 'secretKey'],
};
