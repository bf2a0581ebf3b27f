import { manageTokenFromFragment } from '../client/manageToken';
import { isIsoDate } from '../core/time/zoned';
import { ManageBooking, type ManageMode } from '../widgets/manage-booking/ManageBooking';
import { createConveneElement } from './ConveneElement';

const MODES: readonly ManageMode[] = ['view', 'reschedule', 'cancel'];

/**
 * `<convene-manage-booking token="…">`. Without `token` it reads `#convene-manage=<token>` from the
 * page URL, so the link in a host's e-mail opens straight into it; the fragment never reaches a server.
 * `event` names the booking the page expects (a token for another is refused); `mode` opens on
 * rescheduling or cancelling; `date` is the day the reschedule calendar opens on.
 */
export function manageBookingElement(): CustomElementConstructor {
  return createConveneElement({
    attributes: ['event', 'mode', 'date'],
    // Another booking under a half-done change would apply it to the wrong one: a fresh element is clearer.
    fixedAttributes: ['token', 'event'],
    render: (attribute, emit) => {
      const mode = attribute('mode') as ManageMode | null;
      const date = attribute('date') ?? undefined;
      const event = Number(attribute('event'));
      return (
        <ManageBooking
          token={attribute('token') ?? manageTokenFromFragment(window.location.hash)}
          event={Number.isInteger(event) && event > 0 ? event : undefined}
          initialMode={mode && MODES.includes(mode) ? mode : undefined}
          initialDate={isIsoDate(date) ? date : undefined}
          onRescheduled={(booking) => emit('rescheduled', booking)}
          onCancelled={(booking) => emit('cancelled', booking)}
        />
      );
    },
  });
}
