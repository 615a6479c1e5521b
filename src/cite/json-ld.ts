import type { CslName, Source } from '../data/types.js';

type Thing = Record<string, unknown>;

const person = (name: CslName): Thing => (name.literal
  ? { '@type': 'Organization', name: name.literal }
  : { '@type': 'Person', familyName: name.family, givenName: name.given, name: [name.given, name.family].filter(Boolean).join(' ') });

/** A source as a schema.org CreativeWork (a Report, an Article, a Dataset…). */
export function creativeWork(source: Source): Thing {
  const type = source.type === 'report' ? 'Report' : source.type === 'dataset' ? 'Dataset' : source.type.startsWith('article') ? 'Article' : 'CreativeWork';
  const year = source.issued?.['date-parts']?.[0];
  return {
    '@type': type,
    name: source.title,
    ...(source.author?.length ? { author: source.author.map(person) } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(year?.length ? { datePublished: year.map((p) => String(p).padStart(2, '0')).join('-') } : {}),
    ...(source.URL ? { url: source.URL } : {}),
  };
}

/** A chart as a schema.org Dataset that cites the documents its figures come from. */
export function chartJsonLd(input: { title: string; summary: string; version: string; measures: string[]; sources: Source[]; language: string }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.title,
    description: input.summary,
    version: input.version,
    inLanguage: input.language,
    creator: { '@type': 'Organization', name: 'Cifras' },
    variableMeasured: [...new Set(input.measures)],
    citation: input.sources.map(creativeWork),
  };
}

/** A page's source list as a schema.org CreativeWork citing every source. */
export function sourcesJsonLd(sources: Source[], language: string): Thing {
  return { '@context': 'https://schema.org', '@type': 'CreativeWork', inLanguage: language, citation: sources.map(creativeWork) };
}
