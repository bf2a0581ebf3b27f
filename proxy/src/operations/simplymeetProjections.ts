/**
 * What a browser may see of SimplyMeet answers. Built field by field from the vendor shape (never a
 * copy minus a deny-list), so a field the vendor adds later stays in the proxy.
 */
type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const pick = (source: Json, keys: readonly string[]): Json =>
  Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));

/** An owner or host is a name and an avatar: no e-mail, phone, address, coordinates or login times. */
export const publicUser = (user: unknown) => pick(obj(user), ['fullName', 'avatarName']);

const eventTypeFields = [
  'id',
  'uuid',
  'name',
  'color',
  'type',
  'duration',
  'slug',
  'amount',
  'currency',
  'locationType',
  'location',
  'locationLabel',
  'timezone',
  'isLocalized',
  'durationType',
  'isShowPhone',
  'isPhoneFieldRequired',
  'isMultipleMeeting',
] as const;

export function projectEventType(body: unknown): Json {
  const dto = obj(body);
  return {
    ...pick(dto, eventTypeFields),
    user: publicUser(dto.user),
    users: list(dto.users).map(publicUser),
    eventTypeDurations: list(dto.eventTypeDurations).map((d) => pick(obj(d), ['id', 'duration'])),
    eventTypeRequestLocationTypes: list(dto.eventTypeRequestLocationTypes).map((t) =>
      pick(obj(t), ['id', 'locationType']),
    ),
    questions: list(dto.questions).map((q) =>
      pick(obj(q), ['uuid', 'label', 'type', 'required', 'config', 'position']),
    ),
  };
}

interface AvailabilityDay {
  date: string;
  available: boolean;
  hours: { start: string; available: boolean }[];
}

/**
 * The month the picker shows, checked against the vendor text's types in the same single pass that
 * copies it (EventTypeAvailabilityDTO: `date` string, `available` bool, `hours[]` of `start` string
 * and `available` bool). Anything else throws, which the proxy answers as `502 vendor_error`: the
 * heaviest read is validated once and cheaply, with plain loops rather than a schema walk.
 */
export function projectAvailability(body: unknown): AvailabilityDay[] {
  if (!Array.isArray(body)) throw new TypeError('availability is not a list');
  const days: AvailabilityDay[] = new Array(body.length);
  for (let i = 0; i < body.length; i += 1) {
    const day = body[i] as Partial<AvailabilityDay> | null;
    const hours = day?.hours;
    if (typeof day?.date !== 'string' || typeof day.available !== 'boolean' || !Array.isArray(hours)) {
      throw new TypeError(`availability day ${i} is not a day`);
    }
    const projected: AvailabilityDay['hours'] = new Array(hours.length);
    for (let j = 0; j < hours.length; j += 1) {
      const hour = hours[j] as Partial<AvailabilityDay['hours'][number]> | null;
      if (typeof hour?.start !== 'string' || typeof hour.available !== 'boolean') {
        throw new TypeError(`availability day ${i} hour ${j} is not an hour`);
      }
      projected[j] = { start: hour.start, available: hour.available };
    }
    days[i] = { date: day.date, available: day.available, hours: projected };
  }
  return days;
}

/** What the success screen needs; the invitee is the person who just booked, so they may see themselves. */
export function projectEvent(body: unknown): Json {
  const dto = obj(body);
  return {
    ...pick(dto, ['id', 'uuid', 'scheduledAt', 'endDate', 'duration', 'location', 'locationType', 'state']),
    eventType: pick(obj(dto.eventType), ['id', 'name']),
    invitee: pick(obj(dto.invitee), ['fullName', 'email', 'timezone']),
  };
}

export const projectPolicy = (body: unknown) =>
  pick(obj(body), ['enabled', 'period', 'label', 'text', 'version', 'type', 'overwrite_personal']);

/**
 * A poll as the public may see it. Voters' e-mail addresses never leave the proxy. With
 * `voteVisibility` each option carries its tally and its voters, masked; without it, nothing of
 * other people's choices. With `commentVisibility` the comments come as one list, one per voter and
 * detached from options (a comment tied to an option would reveal a hidden vote).
 */
export function projectPoll(body: unknown): Json {
  const dto = obj(body);
  const votesVisible = dto.voteVisibility === true;
  const commentsVisible = dto.commentVisibility === true;
  const options = list(dto.availability).map((option) => {
    const o = obj(option);
    const results = list(o.results).map(obj);
    return {
      id: o.id,
      date: o.date,
      ...(votesVisible ? { votes: results.length, voters: results.map((r) => maskEmail(r.email)) } : {}),
    };
  });
  const comments = new Map<string, string>();
  for (const option of list(dto.availability)) {
    for (const result of list(obj(option).results)) {
      const r = obj(result);
      const comment = typeof r.comment === 'string' ? r.comment.trim() : '';
      if (comment) comments.set(String(r.email ?? comment).toLowerCase(), comment);
    }
  }
  return {
    ...pick(dto, ['id', 'uuid', 'name', 'duration', 'voteVisibility', 'commentVisibility', 'createdAt']),
    user: publicUser(dto.user),
    eventType: pick(obj(dto.eventType), ['id', 'name']),
    availability: options,
    ...(votesVisible ? { voterCount: countVoters(dto) } : {}),
    ...(commentsVisible ? { comments: [...comments.values()] } : {}),
  };
}

/**
 * Who voted, recognisable to the people who know them but not harvestable: "ines@example.com" becomes
 * "i…@e….com". The vendor keeps no names for voters, only e-mail addresses.
 */
export function maskEmail(value: unknown): string {
  const [local = '', domain = ''] = String(value ?? '').split('@');
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}…@${domain.slice(0, 1)}…${tld}`;
}

function countVoters(dto: Json): number {
  const voters = new Set<string>();
  for (const option of list(dto.availability)) {
    for (const result of list(obj(option).results)) voters.add(String(obj(result).email ?? '').toLowerCase());
  }
  return voters.size;
}
