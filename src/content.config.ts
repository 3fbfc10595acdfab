import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { CORRECTIONS_FILE, DOCUMENT_FILE, UNIT_COLLECTIONS } from './lib/collections.ts';
import { correctionSchema } from './schemas/correction.ts';
import { documentSchema } from './schemas/document.ts';

const CONTENT = './content';

/** Unit collections share their location and schema with the project's content check. */
const unit = <S extends z.ZodType>(c: { pattern: string; schema: S }) =>
  defineCollection({ loader: glob({ pattern: c.pattern, base: CONTENT }), schema: c.schema });

export const collections = {
  notice: unit(UNIT_COLLECTIONS.notice),
  front: unit(UNIT_COLLECTIONS.front),
  parts: unit(UNIT_COLLECTIONS.parts),
  sections: unit(UNIT_COLLECTIONS.sections),
  groups: unit(UNIT_COLLECTIONS.groups),
  tasks: unit(UNIT_COLLECTIONS.tasks),
  measures: unit(UNIT_COLLECTIONS.measures),
  corrections: defineCollection({ loader: file(`${CONTENT}/${CORRECTIONS_FILE}`), schema: correctionSchema }),
  document: defineCollection({ loader: file(`${CONTENT}/${DOCUMENT_FILE}`), schema: documentSchema }),
};
