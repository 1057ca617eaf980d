// First drafts of the three follow-ups, written from the meeting's facts so the secretariat
// starts from the date, place, themes, agenda, counts, industries and speakers rather than a
// blank page. Text comes from the 'followups.drafts' messages in the page's language.
import { formatDateTime, formatTime } from '@/lib/format/copenhagen-time';
import type { MeetingFacts } from './queries';

export type DraftT = (key: string, values?: Record<string, string | number>) => string;

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

export function draftBriefing(facts: MeetingFacts, t: DraftT, locale: string, reportsTo: string) {
  const { meeting } = facts;
  const when = formatDateTime(meeting.startsAt, locale);
  const place = meeting.address ? `${meeting.place}, ${meeting.address}` : meeting.place;
  const sections = [
    t('intro', { meeting: meeting.title, when, place }),
    `## ${t('themesHeading')}`,
    facts.themes.length ? list(facts.themes.map((theme) => theme.title)) : t('noThemes'),
    `## ${t('agendaHeading')}`,
    facts.agenda.length
      ? list(
          facts.agenda.map((item) => {
            const who = item.speakers.length ? ` (${item.speakers.join(', ')})` : '';
            return `${formatTime(item.startsAt, locale)} ${item.title}${who}`;
          }),
        )
      : t('noAgenda'),
    `## ${t('participationHeading')}`,
    t(facts.attendanceTaken ? 'participationAttended' : 'participationRegistered', {
      participants: facts.participants,
      companies: facts.companies,
    }),
    facts.industries.length
      ? `${t('industriesIntro')}\n\n${list(
          facts.industries.map((i) => t('industryLine', { industry: i.industry ?? t('industryUnknown'), companies: i.companies })),
        )}`
      : '',
    `## ${t('speakersHeading')}`,
    facts.externalSpeakers.length
      ? list(facts.externalSpeakers.map((s) => [s.name, s.title, s.organisation].filter(Boolean).join(', ')))
      : t('noSpeakers'),
    `## ${t('nextHeading')}`,
    t('nextText', { committee: reportsTo }),
  ];
  return {
    title: t('title', { committee: reportsTo, meeting: meeting.title }),
    body: sections.filter(Boolean).join('\n\n'),
  };
}

export function draftParticipantEmail(facts: MeetingFacts, t: DraftT) {
  const themes = facts.themes.length ? `\n\n${list(facts.themes.map((theme) => theme.title))}` : '';
  return {
    title: t('subject', { meeting: facts.meeting.title }),
    body: `${t('greeting')}\n\n${t('thanks', { meeting: facts.meeting.title })}${themes}\n\n${t('next')}\n\n${t('closing')}`,
  };
}

export function draftArticle(facts: MeetingFacts, t: DraftT) {
  const themes = facts.themes.length ? `\n\n${list(facts.themes.map((theme) => theme.title))}` : '';
  return {
    title: t('title', { meeting: facts.meeting.title }),
    lead: t('lead', { companies: facts.companies }),
    body: `${t('body', { meeting: facts.meeting.title })}${themes}\n\n${t('next')}`,
  };
}
