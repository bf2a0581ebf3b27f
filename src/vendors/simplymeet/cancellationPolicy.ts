/** SimplyMeet CancellationPolicyDTO (user or organization). */
export interface SimplyMeetCancellationPolicyDto {
  enabled: boolean;
  period?: number;
  label?: string | null;
  text?: string | null;
  version?: number;
  type?: 'user' | 'organization' | string;
  overwrite_personal?: boolean;
}

/** The policy a visitor must accept before booking. */
export interface CancellationPolicy {
  label: string;
  text: string;
  /** Minutes before the meeting until which cancelling is allowed. */
  periodMinutes: number | undefined;
  version: number | undefined;
}

function toPolicy(dto: SimplyMeetCancellationPolicyDto): CancellationPolicy | null {
  if (!dto.enabled) return null;
  return {
    label: dto.label ?? '',
    text: dto.text ?? '',
    periodMinutes: dto.period,
    version: dto.version,
  };
}

/**
 * The applicable policy (team-fixed rule): the organization's when it is enabled and overrides personal
 * policies, else the host's own. `null` when none is enabled: the form then shows no acceptance box.
 */
export function applicableCancellationPolicy(
  user: SimplyMeetCancellationPolicyDto | null | undefined,
  organization: SimplyMeetCancellationPolicyDto | null | undefined,
): CancellationPolicy | null {
  if (organization?.enabled && organization.overwrite_personal) return toPolicy(organization);
  return user ? toPolicy(user) : null;
}
