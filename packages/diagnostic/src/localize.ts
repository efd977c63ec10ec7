import type { Catalogue, Lang, Text } from './types.ts';

/**
 * The catalogue with every text in one language: what a browser downloads, so the other language
 * costs nothing until it is chosen. Structure and ids are unchanged, so the engine runs on it.
 */
export function localizeCatalogue(catalogue: Catalogue, lang: Lang): Catalogue<string> {
  const t = (text: Text) => text[lang];
  return {
    version: catalogue.version,
    entries: catalogue.entries,
    outcomes: catalogue.outcomes,
    services: catalogue.services.map((s) => ({ ...s, name: t(s.name), description: t(s.description) })),
    threats: catalogue.threats.map((x) => ({ ...x, name: t(x.name), description: t(x.description) })),
    advice: catalogue.advice.map((a) => ({ ...a, text: t(a.text) })),
    orientations: catalogue.orientations.map((o) => ({
      ...o,
      name: t(o.name),
      description: t(o.description),
      hours: t(o.hours),
    })),
    questions: catalogue.questions.map(({ help, variants, ...q }) => ({
      ...q,
      text: t(q.text),
      ...(help ? { help: t(help) } : {}),
      ...(variants
        ? {
            variants: variants.map((v) => ({
              when: v.when,
              text: t(v.text),
              ...(v.help ? { help: t(v.help) } : {}),
              ...(v.options
                ? { options: Object.fromEntries(Object.entries(v.options).map(([id, l]) => [id, t(l)])) }
                : {}),
            })),
          }
        : {}),
      options: q.options.map((o) => ({ ...o, label: t(o.label) })),
    })),
  };
}
