import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Starlight looks up UI text overrides here on every request. Declared, with an empty src/content/i18n/en.json,
  // so the terminal does not warn on each request that the collection is missing.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
