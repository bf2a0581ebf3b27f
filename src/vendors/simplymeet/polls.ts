/** The proxy's projection of SimplyMeet's PollDTO (proxy/src/operations/simplymeetProjections.ts). */
export interface SimplyMeetPollDto {
  id: number;
  uuid: string;
  name: string;
  duration: number;
  voteVisibility: boolean;
  commentVisibility: boolean;
  user?: { fullName?: string };
  availability: { id: number; date: string; votes?: number; voters?: string[] }[];
  voterCount?: number;
  comments?: string[];
}

export interface PollOption {
  id: number;
  /** UTC instants. */
  start: string;
  end: string;
  /**
   * The calendar date as the organiser wrote it: the date in the vendor's own offset, so a visitor can be
   * told when their zone moves an option to another day.
   */
  hostDate: string;
  /** Present only when the poll shows votes. */
  votes?: number | undefined;
  voters?: string[] | undefined;
}

export interface Poll {
  id: number;
  uuid: string;
  name: string;
  hostName: string | undefined;
  durationMinutes: number;
  votesVisible: boolean;
  commentsVisible: boolean;
  options: PollOption[];
  voterCount: number | undefined;
  comments: string[];
  /** Every option has started: the vendor refuses votes. */
  closed: boolean;
  /** Options with the most votes (none when votes are hidden or nobody voted). */
  bestOptionIds: number[];
}

export function toPoll(dto: SimplyMeetPollDto, now: Date = new Date()): Poll {
  const options = dto.availability.map((option) => {
    const start = new Date(option.date);
    return {
      id: option.id,
      start: start.toISOString(),
      end: new Date(start.getTime() + dto.duration * 60_000).toISOString(),
      hostDate: option.date.slice(0, 10),
      votes: dto.voteVisibility ? (option.votes ?? 0) : undefined,
      voters: dto.voteVisibility ? (option.voters ?? []) : undefined,
    };
  });
  const most = Math.max(0, ...options.map((option) => option.votes ?? 0));
  return {
    id: dto.id,
    uuid: dto.uuid,
    name: dto.name,
    hostName: dto.user?.fullName,
    durationMinutes: dto.duration,
    votesVisible: dto.voteVisibility,
    commentsVisible: dto.commentVisibility,
    options: options.sort((a, b) => a.start.localeCompare(b.start)),
    voterCount: dto.voteVisibility ? dto.voterCount : undefined,
    comments: dto.commentVisibility ? (dto.comments ?? []) : [],
    closed: options.length > 0 && options.every((option) => Date.parse(option.start) <= now.getTime()),
    bestOptionIds:
      most > 0 ? options.filter((option) => option.votes === most).map((option) => option.id) : [],
  };
}

export interface VoteInput {
  uuid: string;
  optionIds: number[];
  email: string;
  comment: string;
}

/** The vendor's PollResultRequestDTO. */
export function toPollResultRequest(vote: VoteInput) {
  return {
    uuid: vote.uuid,
    availability: vote.optionIds,
    email: vote.email.trim(),
    comment: vote.comment.trim(),
  };
}
