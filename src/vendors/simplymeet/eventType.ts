/** The proxy's projection of SimplyMeet's EventTypeDTO: the vendor shape with owner/users trimmed. */
export interface SimplyMeetEventTypeDto {
  id: number;
  name: string;
  duration: number;
  timezone: string;
  isLocalized?: boolean;
  durationType?: 'fixed' | 'flexible' | string;
  eventTypeDurations?: { id: number; duration: number }[];
  locationType?: string;
  location?: string | null;
  locationLabel?: string | null;
  eventTypeRequestLocationTypes?: { locationType?: string; type?: string }[];
  isShowPhone?: boolean;
  isPhoneFieldRequired?: boolean;
  questions?: SimplyMeetQuestionDto[];
  user?: { fullName?: string; avatarName?: string | null };
}

export interface SimplyMeetQuestionDto {
  uuid: string;
  type: string;
  label?: string;
  question?: string;
  isRequired?: boolean;
  required?: boolean;
  options?: (string | { value?: string; label?: string })[];
  /** The vendor's QuestionDTO field: "[{label: 'value'}, …]", one entry per choice. */
  config?: { label?: string; value?: string }[];
}

/** Question types the booking form knows how to render. */
export const questionKinds = [
  'text',
  'textarea',
  'select',
  'radio',
  'checkbox',
  'checkboxes',
  'phone',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface Question {
  id: string;
  /** Unknown vendor types fall back to a plain text field so the visitor can still answer. */
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: string[];
}

/** Vendor-neutral event type the widgets render. */
export interface EventType {
  id: number;
  name: string;
  hostName: string | undefined;
  /** The host's zone; the picker starts there unless `isLocalized` says to show the visitor's own zone. */
  timeZone: string;
  showInVisitorZone: boolean;
  durations: { id: number | undefined; minutes: number }[];
  location: {
    type: string | undefined;
    text: string | undefined;
    choices: string[];
    label: string | undefined;
  };
  phone: 'hidden' | 'optional' | 'required';
  questions: Question[];
}

function toQuestion(dto: SimplyMeetQuestionDto): Question {
  const kind = (questionKinds as readonly string[]).includes(dto.type) ? (dto.type as QuestionKind) : 'text';
  return {
    id: dto.uuid,
    kind,
    label: dto.label ?? dto.question ?? '',
    required: Boolean(dto.isRequired ?? dto.required),
    options: (dto.options ?? dto.config ?? [])
      .map((option) => (typeof option === 'string' ? option : (option.label ?? option.value ?? '')))
      .filter(Boolean),
  };
}

export function toEventType(dto: SimplyMeetEventTypeDto): EventType {
  const flexible = dto.durationType === 'flexible' && (dto.eventTypeDurations?.length ?? 0) > 0;
  return {
    id: dto.id,
    name: dto.name,
    hostName: dto.user?.fullName,
    timeZone: dto.timezone,
    showInVisitorZone: Boolean(dto.isLocalized),
    durations: flexible
      ? (dto.eventTypeDurations ?? []).map((d) => ({ id: d.id, minutes: d.duration }))
      : [{ id: undefined, minutes: dto.duration }],
    location: {
      type: dto.locationType,
      text: dto.location ?? undefined,
      choices:
        dto.locationType === 'request'
          ? (dto.eventTypeRequestLocationTypes ?? [])
              .map((choice) => choice.locationType ?? choice.type ?? '')
              .filter(Boolean)
          : [],
      label: dto.locationLabel ?? undefined,
    },
    phone: !dto.isShowPhone ? 'hidden' : dto.isPhoneFieldRequired ? 'required' : 'optional',
    questions: (dto.questions ?? []).map(toQuestion),
  };
}
