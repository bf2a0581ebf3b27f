import { DIRECTORIES, type Directory } from '../client/invites/inviteBatch';
import { AvailabilityPicker } from '../widgets/availability-picker/AvailabilityPicker';
import { Booker } from '../widgets/booker/Booker';
import { MemberInvite } from '../widgets/member-invite/MemberInvite';
import { PollVoter } from '../widgets/poll-voter/PollVoter';
import { createConveneElement, defineElement } from './ConveneElement';

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
      attributes: ['event-type'],
      // A new event type mid-booking would drop what the visitor typed; a fresh element is clearer.
      fixedAttributes: ['event-type'],
      render: (attribute, emit) => (
        <Booker
          eventType={idAttribute(attribute('event-type')) ?? 0}
          onBooked={(booking) => emit('booked', booking)}
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
