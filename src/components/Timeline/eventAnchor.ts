/** An event's anchor on the timeline page, from its date and title: `2025-02-04-google-rewrites-its-ai-principles`. */
export const eventAnchor = (event: { date: string; title: string }): string =>
  `${event.date}-${event.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
