/** A category's name for a reader: the label the data declares, else its id. */
import { chooseText, type ChosenText } from './text.js';
import type { Category } from './types.js';

export function categoryLabel(categories: readonly Category[], id: string | undefined, lang: string): ChosenText | undefined {
  if (!id) return undefined;
  const declared = categories.find((category) => category.id === id);
  return declared ? chooseText(declared.label, lang, ['en']) : { text: id };
}
