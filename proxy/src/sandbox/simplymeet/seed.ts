/**
 * The SimplyMeet sandbox's stable seed (README "Sandbox"). Shapes follow vendors/simplymeet.txt; the
 * owner carries every private field of UserDTO on purpose, so tests prove the proxy trims them.
 */
export const SIMPLYMEET_API_KEY = 'sandbox-simplymeet-key-4c1d9e';

export const SIMPLYMEET_SEED = {
  eventTypes: { fixed: 1, flexible: 2, secret: 3 },
  polls: {
    visible: { id: 1, uuid: '8d1f2c3e-0001-4a5b-9c6d-7e8f9a0b1c2d' },
    hiddenVotes: { id: 2, uuid: '8d1f2c3e-0002-4a5b-9c6d-7e8f9a0b1c2d' },
    hiddenComments: { id: 3, uuid: '8d1f2c3e-0003-4a5b-9c6d-7e8f9a0b1c2d' },
    many: { id: 4, uuid: '8d1f2c3e-0004-4a5b-9c6d-7e8f9a0b1c2d' },
    closed: { id: 5, uuid: '8d1f2c3e-0005-4a5b-9c6d-7e8f9a0b1c2d' },
  },
} as const;

export const owner = {
  id: 7,
  email: 'owner.private@simplymeet.example',
  fullName: 'Sam Planner',
  slug: 'sam',
  isSecondFactorConfigured: true,
  isEnabled: true,
  dateFormat: 'd-m-Y',
  address: 'Keizersgracht 1',
  state: 'Noord-Holland',
  city: 'Amsterdam',
  zip: '1015 CJ',
  countryId: 'NL',
  lat: 52.3731,
  lng: 4.8922,
  domain: 'sam.example',
  phone: '+31 20 123 4567',
  companyLogoName: 'logo.png',
  avatarName: 'sam.png',
  organization: {
    id: 3,
    uuid: 'org-uuid',
    slug: 'planners',
    name: 'Planners BV',
    createdAt: '2024-01-01',
    domain: null,
  },
  createdAt: '2024-01-01T09:00:00+00:00',
  lastLogin: '2026-11-20T08:12:00+00:00',
  connections: ['google'],
  hasPaidSubscription: true,
};

/** Weekly hours in the event type's own zone: Monday to Friday, 09:00 to 17:00. */
export const weeklyHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

export interface SeedEventType {
  id: number;
  uuid: string;
  name: string;
  duration: number;
  timezone: string;
  isLocalized: boolean;
  durationType: 'fixed' | 'flexible';
  eventTypeDurations: { id: number; duration: number }[];
  locationType: string;
  location: string | null;
  locationLabel: string | null;
  eventTypeRequestLocationTypes: { id: number; locationType: string }[];
  isSecret: boolean;
  isShowPhone: boolean;
  isPhoneFieldRequired: boolean;
  questions: {
    uuid: string;
    label: string;
    type: string;
    required: boolean;
    config: { label: string }[];
    position: number;
  }[];
}

const question = (n: number, type: string, label: string, required: boolean, options: string[] = []) => ({
  uuid: `q-${String(n).padStart(4, '0')}-consultation`,
  label,
  type,
  required,
  config: options.map((option) => ({ label: option })),
  position: n,
});

export const seedEventTypes: SeedEventType[] = [
  {
    id: 1,
    uuid: 'et-0001-intro-call',
    name: 'Intro call',
    duration: 30,
    timezone: 'Europe/Amsterdam',
    isLocalized: true,
    durationType: 'fixed',
    eventTypeDurations: [],
    locationType: 'google_meet',
    location: null,
    locationLabel: null,
    eventTypeRequestLocationTypes: [],
    isSecret: false,
    isShowPhone: false,
    isPhoneFieldRequired: false,
    questions: [],
  },
  {
    id: 2,
    uuid: 'et-0002-consultation',
    name: 'Consultation',
    duration: 30,
    timezone: 'Europe/Amsterdam',
    isLocalized: true,
    durationType: 'flexible',
    eventTypeDurations: [
      { id: 21, duration: 30 },
      { id: 22, duration: 60 },
    ],
    locationType: 'request',
    location: null,
    locationLabel: 'Where shall we meet?',
    eventTypeRequestLocationTypes: [
      { id: 1, locationType: 'zoom' },
      { id: 2, locationType: 'google_meet' },
      { id: 3, locationType: 'custom' },
    ],
    isSecret: false,
    isShowPhone: true,
    isPhoneFieldRequired: true,
    questions: [
      question(1, 'text', 'Company', true),
      question(2, 'textarea', 'What would you like to discuss?', false),
      question(3, 'select', 'Team size', false, ['1–10', '11–50', '51+']),
      question(4, 'radio', 'Have we met before?', false, ['Yes', 'No']),
      question(5, 'checkbox', 'Send me the slides afterwards', false),
      question(6, 'checkboxes', 'Topics', false, ['Pricing', 'Security', 'Integrations']),
      question(7, 'phone', 'Backup phone', false),
      question(8, 'date', 'Preferred start date', false),
    ],
  },
  {
    id: 3,
    uuid: 'et-0003-board-review',
    name: 'Board review',
    duration: 60,
    timezone: 'Europe/Amsterdam',
    isLocalized: false,
    durationType: 'fixed',
    eventTypeDurations: [],
    locationType: 'custom',
    location: 'Boardroom, 5th floor',
    locationLabel: null,
    eventTypeRequestLocationTypes: [],
    isSecret: true,
    isShowPhone: false,
    isPhoneFieldRequired: false,
    questions: [],
  },
];

export function eventTypeDto(eventType: SeedEventType) {
  return {
    ...eventType,
    color: '#3b5bdb',
    user: owner,
    type: 'regular',
    slug: eventType.uuid,
    amount: 0,
    currency: 'EUR',
    isEnabled: true,
    users: [owner],
    position: eventType.id,
    isAllowCancel: true,
    isAllowReschedule: true,
    isMultipleMeeting: false,
  };
}

export const cancellationPolicies = {
  user: {
    enabled: true,
    period: 1440,
    label: 'I accept the cancellation policy',
    text: 'You can cancel free of charge up to 24 hours before the meeting.',
    version: 3,
    type: 'user',
    overwrite_personal: false,
  },
  organization: {
    enabled: false,
    period: 2880,
    label: 'I accept the organisation’s cancellation policy',
    text: 'Cancellations within 48 hours are charged.',
    version: 1,
    type: 'organization',
    overwrite_personal: false,
  },
};
