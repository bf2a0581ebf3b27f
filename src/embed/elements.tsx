import { DIRECTORIES, type Directory } from '../client/invites/inviteBatch';
import { AvailabilityPicker } from '../widgets/availability-picker/AvailabilityPicker';
import { Booker } from '../widgets/booker/Booker';
import { EventTypeList } from '../widgets/event-type-list/EventTypeList';
import { MemberInvite } from '../widgets/member-invite/MemberInvite';
import { PollVoter } from '../widgets/poll-voter/PollVoter';
import { BOOKER_ATTRIBUTES, bookerPropsFromAttributes, idListAttribute } from './bookerAttributes';
import { createConveneElement, defineElement } from './ConveneElement';
import { manageBookingElement } from './manageBookingElement';

/** A positive integer attribute ("event-type", "poll"), or undefined so the widget can say what is missing. */
const idAttribute = (value: string | null): number | undefined => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** Registers every Convene custom element (idempotent: loading the script twice is harmless). */
export function registerConveneElements(): void {
  defineElement(
    'convene-booker',
    createConveneElement({
      attributes: ['event-type', ...BOOKER_ATTRIBUTES],
      // A new event type mid-booking would drop what the visitor typed; a fresh element is clearer.
      fixedAttributes: ['event-type', ...BOOKER_ATTRIBUTES],
      render: (attribute, emit) => (
        <Booker
          {...bookerPropsFromAttributes(attribute, 'convene-booker')}
          eventType={idAttribute(attribute('event-type')) ?? 0}
          onBooked={(booking) => emit('booked', booking)}
          onRescheduled={(booking) => emit('rescheduled', booking)}
          onCancelled={(booking) => emit('cancelled', booking)}
        />
      ),
    }),
  );
  defineElement('convene-manage-booking', manageBookingElement());
  defineElement(
    'convene-scheduler',
    createConveneElement({
      attributes: ['event-types', ...BOOKER_ATTRIBUTES],
      fixedAttributes: BOOKER_ATTRIBUTES,
      render: (attribute, emit) => (
        <EventTypeList
          {...bookerPropsFromAttributes(attribute, 'convene-scheduler')}
          eventTypes={idListAttribute(attribute('event-types'))}
          onBooked={(booking) => emit('booked', booking)}
          onRescheduled={(booking) => emit('rescheduled', booking)}
          onCancelled={(booking) => emit('cancelled', booking)}
        />
      ),
    }),
  );
  defineElement(
    'convene-poll-voter',
    createConveneElement({
      attributes: ['poll'],
      fixedAttributes: ['poll'],
      render: (attribute, emit) => (
        <PollVoter poll={idAttribute(attribute('poll')) ?? 0} onVoted={(vote) => emit('voted', vote)} />
      ),
    }),
  );
  defineElement(
    'convene-member-invite',
    createConveneElement({
      attributes: ['directory', 'client-id', 'access-groups', 'ask-email-notification'],
      // Switching directory under a half-sent list would mix results of two vendors.
      fixedAttributes: ['directory'],
      render: (attribute, emit) => {
        const directory = attribute('directory') as Directory;
        return (
          <MemberInvite
            directory={DIRECTORIES.includes(directory) ? directory : 'meltingspot'}
            clientId={attribute('client-id') ?? undefined}
            accessGroups={attribute('access-groups')
              ?.split(',')
              .map((group) => group.trim())
              .filter(Boolean)}
            askEmailNotification={attribute('ask-email-notification') !== null}
            onInvited={(results) => emit('invited', results)}
          />
        );
      },
    }),
  );
  defineElement(
    'convene-availability-picker',
    createConveneElement({
      attributes: ['event-type'],
      render: (attribute, emit) => (
        <AvailabilityPicker
          eventTypeId={idAttribute(attribute('event-type')) ?? 0}
          onChange={(slot) => emit('picked', slot)}
        />
      ),
    }),
  );
}
