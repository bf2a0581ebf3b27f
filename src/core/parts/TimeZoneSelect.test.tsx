import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConveneProvider } from '../ConveneProvider';
import { TimeZoneSelect } from './TimeZoneSelect';

const zones = ['Europe/Amsterdam', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata'];

function Harness({ locale = 'en' }: { locale?: string }) {
  const [zone, setZone] = useState('Europe/Amsterdam');
  return (
    <ConveneProvider proxyUrl="http://proxy.test" siteKey="pk_test" locale={locale}>
      <TimeZoneSelect value={zone} onChange={setZone} zones={zones} />
    </ConveneProvider>
  );
}

describe('TimeZoneSelect', () => {
  it('switches zone with the keyboard only and returns focus to the button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const trigger = screen.getByRole('button', { name: 'Times in Amsterdam time' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search time zones' }));

    await user.keyboard('america');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('America/New York'),
      expect.stringContaining('America/Los Angeles'),
    ]);
    await user.keyboard('{ArrowDown}{Enter}');

    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Times in Los Angeles time' }));
  });

  it('finds a zone by its city with spaces, picks it by click and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness locale="nl" />);
    await user.click(screen.getByRole('button', { name: 'Tijden in Amsterdam-tijd' }));
    await user.keyboard('new york');
    await user.click(screen.getByRole('option', { name: /New York/ }));
    expect(screen.getByRole('button', { name: 'Tijden in New York-tijd' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tijden in New York-tijd' }));
    await user.keyboard('atlantis');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getAllByText('Geen tijdzone gevonden voor “atlantis”').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tijden in New York-tijd' }));
  });
});
