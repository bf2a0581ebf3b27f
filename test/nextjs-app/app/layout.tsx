import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'convene/styles.css';

// No favicon request: its 404 would be a console error, and this fixture fails on any.
export const metadata: Metadata = { title: 'Convene in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
