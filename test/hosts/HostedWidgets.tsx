import type { QueryClient } from '@tanstack/react-query';
import { ConveneProvider } from '../../src/core/ConveneProvider';
import { AvailabilityPicker } from '../../src/widgets/availability-picker/AvailabilityPicker';
import { Booker } from '../../src/widgets/booker/Booker';
import { PollVoter } from '../../src/widgets/poll-voter/PollVoter';

/**
 * A host page as most sites write it: no `locale`, no `timeZone`, so the widgets follow the visitor.
 * The same tree renders on the server and hydrates in the browser.
 */
export function HostedWidgets({ proxyUrl, queryClient }: { proxyUrl: string; queryClient: QueryClient }) {
  return (
    <ConveneProvider proxyUrl={proxyUrl} siteKey="pk_sandbox" queryClient={queryClient}>
      <AvailabilityPicker eventTypeId={1} />
      <Booker eventType={2} />
      <PollVoter poll={1} />
    </ConveneProvider>
  );
}
