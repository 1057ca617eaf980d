// Long statements (accessibility, privacy) as sections of paragraphs and lists kept in the
// message files: { id, title, paragraphs?, items? }[]. Plain text only.
export type TextSection = { id: string; title: string; paragraphs?: string[]; items?: string[] };

export function TextSections({ sections }: { sections: TextSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="mt-8 max-w-3xl space-y-3">
          <h2 id={section.id} className="text-2xl font-bold">{section.title}</h2>
          {section.paragraphs?.map((p, i) => <p key={i}>{p}</p>)}
          {section.items?.length ? (
            <ul className="list-disc space-y-1 pl-6">
              {section.items.map((item, i) => <li key={i}>{item}</li>)}
            </ul>
          ) : null}
        </section>
      ))}
    </>
  );
}
