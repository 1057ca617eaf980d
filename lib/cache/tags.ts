// Names of the cache tags public pages are built from. A write revalidates exactly the tags
// whose data it changed (see invalidate()).
export const cacheTags = {
  settings: 'forum-settings',
  meetings: 'meetings',
  meeting: (slug: string) => `meeting:${slug}`,
  themes: 'themes',
  articles: 'articles',
} as const;

/** What a change to one meeting's seats or agenda shows on: the meeting list and its own page. */
export const meetingTags = (slug: string) => [cacheTags.meetings, cacheTags.meeting(slug)];
