import type { RateLimitOverrides } from './rateLimits';

/**
 * What one customer website may do through the proxy. Everything a browser must not choose is fixed
 * here; a request that tries to set it otherwise is refused with `invalid_request` naming the field.
 */
export interface SiteConfig {
  /** Public site key sent by widgets as `X-Convene-Site`. */
  key: string;
  /** Browser origins allowed to use this site, e.g. "https://shop.example" or "http://localhost:*". */
  origins: string[];
  simplymeet?: {
    /** Event type ids this site serves (availability, booking). Others are `invalid_request`. */
    eventTypes: number[];
    /**
     * Polls this site serves. Voting names a poll only by its uuid (vendor body `{uuid, …}`), so the site
     * lists both: the proxy checks a vote's uuid without an extra vendor call.
     */
    polls: { id: number; uuid: string }[];
    /**
     * A booking's manage token (reschedule, cancel) ends when the event starts; this ends it earlier,
     * that many seconds after the booking. Absent: the event's start.
     */
    manageTokenMaxSeconds?: number | undefined;
  };
  meltingspot?: {
    /** "always"/"never" pin `withEmailNotification`; "choice" lets the inviter decide. */
    emailNotification: 'always' | 'never' | 'choice';
  };
  workspace?: {
    /** Access groups an inviter may pick from; others are refused. */
    accessGroups: string[];
    /** Pinned identity provider for invited users. */
    idpType: 'database' | 'saml' | 'gsuite' | 'okta' | 'azureAD' | 'adLdap';
  };
  volunteers?: {
    /** Role profile every registered volunteer gets, whatever the browser sends. */
    roleProfileId: number;
    /** Team the role profile is in, when the organisation uses teams. */
    teamId?: number | undefined;
    /** Whether new volunteers get a password-reset (welcome) e-mail. */
    sendPasswordResetEmail: boolean;
  };
  calcom?: {
    /** The platform OAuth client managed users are created on. */
    clientId: string;
  };
  /** This site's own budgets, laid over the file's `limits.rateLimits` (a larger shop, a stricter demo). */
  limits?: { rateLimits?: RateLimitOverrides | undefined } | undefined;
}
