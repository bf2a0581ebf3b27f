import { parseAddresses } from '../src/widgets/member-invite/parseAddresses';

type Figures = Record<string, number | string | null>;

/** A messy 10,000-line paste: names, angle brackets, separators, duplicates and a few invalid lines. */
function paste(lines: number): string {
  return Array.from({ length: lines }, (_, i) => {
    if (i % 97 === 0) return 'not an address';
    if (i % 50 === 0) return `member${i - 1}@example.com`; // duplicate of the line before
    if (i % 3 === 0) return `"Member, No. ${i}" <member${i}@example.com>;`;
    return `member${i}+team@example.org,`;
  }).join('\n');
}

/** `invite.parse_10k_ms`: median over runs of parsing a 10,000-line paste. */
export function inviteFigures(quick: boolean): Figures {
  const text = paste(10_000);
  const times: number[] = [];
  let addresses = 0;
  for (let run = 0; run < (quick ? 3 : 9); run += 1) {
    const started = performance.now();
    addresses = parseAddresses(text).addresses.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    'invite.parse_10k_ms': Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10,
    'invite.parse_10k_addresses_count': addresses,
  };
}
