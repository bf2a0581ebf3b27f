import { describe, expect, it } from 'vitest';
import { applicableCancellationPolicy } from './cancellationPolicy';

const user = { enabled: true, period: 1440, label: 'Personal', text: 'Cancel a day ahead.', version: 2 };
const organization = { enabled: true, period: 60, label: 'Company', text: 'Cancel an hour ahead.' };

describe('applicableCancellationPolicy', () => {
  it("takes the organization's policy when it overrides personal ones", () => {
    expect(applicableCancellationPolicy(user, { ...organization, overwrite_personal: true })?.label).toBe(
      'Company',
    );
  });

  it("keeps the host's own policy when the organization does not override it", () => {
    expect(applicableCancellationPolicy(user, { ...organization, overwrite_personal: false })).toEqual({
      label: 'Personal',
      text: 'Cancel a day ahead.',
      periodMinutes: 1440,
      version: 2,
    });
  });

  it('ignores a disabled organization policy even when marked as overriding', () => {
    expect(
      applicableCancellationPolicy(user, { ...organization, enabled: false, overwrite_personal: true })
        ?.label,
    ).toBe('Personal');
  });

  it('asks for nothing when no policy is enabled', () => {
    expect(applicableCancellationPolicy({ ...user, enabled: false }, null)).toBeNull();
  });
});
