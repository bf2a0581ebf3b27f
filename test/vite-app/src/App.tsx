import { type BookedEvent, Booker, ConveneProvider, type PollVote, PollVoter } from 'convene';
import { useState } from 'react';

const proxyUrl = import.meta.env.VITE_CONVENE_PROXY_URL;
const eventType = Number(import.meta.env.VITE_CONVENE_EVENT_TYPE);
const poll = Number(import.meta.env.VITE_CONVENE_POLL);

// No `locale` or `timeZone`: a single-page app leaves them to the widgets, which take the browser's. The
// callbacks' parameter types come from convene's published declarations, so `tsc --noEmit` fails if those
// are missing or no longer match what the widgets pass.
export function App() {
  const [booking, setBooking] = useState<BookedEvent | null>(null);
  const [vote, setVote] = useState<PollVote | null>(null);
  return (
    <main>
      <h1>Book a call</h1>
      <ConveneProvider proxyUrl={proxyUrl} siteKey="pk_sandbox">
        <Booker eventType={eventType} onBooked={setBooking} />
        {booking && (
          <p data-host-booked={booking.id}>
            The site heard: event {booking.id} for {booking.invitee.email} in {booking.invitee.timezone}
          </p>
        )}
        <h2>When suits you?</h2>
        <PollVoter poll={poll} onVoted={setVote} />
        {vote && <p data-host-voted={vote.pollId}>The site heard: {vote.optionIds.length} options</p>}
      </ConveneProvider>
    </main>
  );
}
