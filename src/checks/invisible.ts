/**
 * Characters an editor cannot see, by name. They arrive by copy and paste
 * (PDFs, Word, web pages, chat apps) and make two values that look the same
 * differ: «unicef» with a non-breaking space after it is not the id
 * «unicef», and «niños» with a zero-width space inside it is not the word
 * search finds. A message that quotes such a value shows the editor the
 * same word twice; naming the character is what lets them fix it.
 */

/** Characters with no width, or no mark at all, in Spanish words, by code point. */
export const ZERO_WIDTH: Readonly<Record<string, string>> = {
  '\u00AD': 'guion invisible',
  '\u200B': 'espacio de ancho cero',
  '\u200C': 'separador de ancho cero',
  '\u200D': 'unión de ancho cero',
  '\u2060': 'unión de palabras invisible',
  '\u2061': 'operador invisible',
  '\u2062': 'operador invisible',
  '\u2063': 'operador invisible',
  '\u2064': 'operador invisible',
  // At the very start of a file it is the byte-order mark, and readSource drops it; anywhere else it is a stray.
  '\uFEFF': 'marca BOM invisible',
};

/**
 * Spaces that look like an ordinary one. In a sentence they are typography
 * (a non-breaking space keeps «n.º 12» on one line) and are fine; in an id
 * or a date, where no space belongs, YAML does not trim them as it trims
 * ordinary spaces, and the value silently differs.
 */
export const SPACE_LIKE: Readonly<Record<string, string>> = {
  '\u00A0': 'espacio de no separación',
  '\u2007': 'espacio de cifra',
  '\u202F': 'espacio fino de no separación',
};

const NAMES: Readonly<Record<string, string>> = { ...ZERO_WIDTH, ...SPACE_LIKE };
const ANY = new RegExp(`[${escaped(Object.keys(NAMES))}]`, 'gu');

/** An invisible or space-like character in a value: which, and where it stands in what the editor sees (`visible`). */
export interface Hidden {
  char: string;
  name: string;
  code: string;
  where: 'antes' | 'después' | 'dentro';
  visible: string;
}

/** The first invisible or space-like character of `value`, named, and where it stands. */
export function invisibleIn(value: string): Hidden | undefined {
  const match = new RegExp(ANY.source, 'u').exec(value);
  if (!match) return undefined;
  const visible = withoutInvisible(value);
  const before = withoutInvisible(value.slice(0, match.index));
  const where = before === '' ? 'antes' : before === visible ? 'después' : 'dentro';
  return { char: match[0], name: NAMES[match[0]]!, code: codePoint(match[0]), where, visible };
}

/** «un carácter invisible (un espacio de ancho cero, U+200B)»: what is there, for a message that says where. */
export function invisibleCharacter(hidden: Hidden): string {
  return `un carácter invisible (${/^(unión|marca)\b/.test(hidden.name) ? 'una' : 'un'} ${hidden.name}, ${hidden.code})`;
}

/**
 * How to delete a character the editor cannot see: what to delete around
 * the value they do see, or, inside it, the whole value to type again
 * (nothing shows where in the word it is).
 */
export function deleteInvisible(hidden: Hidden): string {
  return {
    antes: `bórrelo: borre lo que precede a «${hidden.visible}», aunque no se vea`,
    después: `bórrelo: borre lo que sigue a «${hidden.visible}», aunque no se vea`,
    dentro: `bórrelo: borre «${hidden.visible}» y vuelva a escribirlo con el teclado`,
  }[hidden.where];
}

/** `value` without its invisible and space-like characters, trimmed: what the editor sees. */
export function withoutInvisible(value: string): string {
  return value.replace(ANY, '').trim();
}

/** Characters as `\uXXXX` escapes, for a character class: a joiner written as itself would join its neighbours in the pattern. */
export function escaped(chars: readonly string[]): string {
  return chars.map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('');
}

/** `U+200B`. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
