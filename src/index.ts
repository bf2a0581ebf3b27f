export {
  type ClientOptions,
  type ConveneClient,
  createClient,
  type RequestOptions,
} from './client/createClient';
export {
  DIRECTORIES,
  type Directory,
  type DirectorySettings,
  inviteBatch,
} from './client/invites/inviteBatch';
export { eventOfManageToken, manageTokenFromFragment } from './client/manageToken';
export {
  type CancelVariables,
  cancelMutation,
  eventTypeListQuery,
  managedBookingQuery,
  manageKeys,
  type RescheduleVariables,
  rescheduleMutation,
} from './client/simplymeet/manage';
export { type PollVote, pollQuery, voteMutation } from './client/simplymeet/polls';
export {
  availabilityQuery,
  type BookedEvent,
  bookingMutation,
  cancellationPolicyQuery,
  eventTypeQuery,
  schedulingKeys,
} from './client/simplymeet/scheduling';
export { ConveneProvider, type ConveneProviderProps } from './core/ConveneProvider';
export { type ConveneContextValue, type Theme, useConvene } from './core/context';
export { ConveneError, type ErrorCode, type FieldIssue, isConveneError } from './core/errors';
export { type Locale, SUPPORTED_LOCALES } from './core/locale';
export { ErrorMessage, type ErrorMessageProps } from './core/parts/ErrorMessage';
export { TimeZoneSelect, type TimeZoneSelectProps } from './core/parts/TimeZoneSelect';
export { useSessionDraft } from './core/useSessionDraft';
export type { Slot } from './vendors/simplymeet/availability';
export type { CancellationPolicy } from './vendors/simplymeet/cancellationPolicy';
export type { EventType } from './vendors/simplymeet/eventType';
export type { EventTypeSummary } from './vendors/simplymeet/eventTypeList';
export type { ManagedBooking } from './vendors/simplymeet/managedBooking';
export type { Poll, PollOption } from './vendors/simplymeet/polls';
export {
  AvailabilityPicker,
  type AvailabilityPickerProps,
} from './widgets/availability-picker/AvailabilityPicker';
export { Booker, type BookerProps } from './widgets/booker/Booker';
export { BookingForm, type BookingFormProps } from './widgets/booking-form/BookingForm';
export type { BookingPrefill, LockableField } from './widgets/booking-form/bookingFormState';
export { EventTypeList, type EventTypeListProps } from './widgets/event-type-list/EventTypeList';
export {
  ManageBooking,
  type ManageBookingProps,
  type ManageMode,
} from './widgets/manage-booking/ManageBooking';
export type { InviteResult, InviteStatus } from './widgets/member-invite/inviteResult';
export { MemberInvite, type MemberInviteProps } from './widgets/member-invite/MemberInvite';
export { type ParsedAddress, parseAddresses } from './widgets/member-invite/parseAddresses';
export { PollVoter, type PollVoterProps } from './widgets/poll-voter/PollVoter';
