/**
 * Where a text names a child: pure pattern work for the children rule
 * (rules/children.ts), which says why it matters and what it refuses.
 *
 * A name is a capitalised word; a full name, two or more («Juan Carlos de la
 * Cruz»). A name is a child's only when a cue says so, because nothing tells
 * «Lucía Mamani» the adolescent from «Najat Maalla M'jid» the UN official:
 * - a word for a child before it: «la niña Camila Rojas», with up to two
 *   words between that describe the child («la adolescente venezolana
 *   Valentina Pérez», «la niña de 12 años Ana»), or «como» / «llamada» that
 *   introduce children by name («adolescentes como Lucía Mamani»); then the
 *   names listed after it («…Lucía Mamani y Pedro Choque»);
 * - a word for a child right after it, singular, as an apposition:
 *   «Lucía Mamani, adolescente de El Alto», «Camila, una niña de Quito»;
 * - an age under 18 right after it: «Mateo Quispe, 14 años», «Mateo Quispe
 *   (14 años)», «Mateo Quispe (14)»;
 * - a name declared in `children:` followed by a surname («Ana Pérez»).
 * What is not a name: a capitalised article or preposition («El Alto», «La
 * Paz», «En Quito» start no name), a word after «en», «de», «desde» or an
 * article when the cue comes after it («en la Ciudad de México, una niña…»),
 * a function word between the cue and the name («los niños de América
 * Latina», «adolescentes en Buenos Aires»), a verb there (words ending in -n
 * or -ó: «las niñas participaron», «el niño habló»), a capitalised cue inside
 * a sentence (a title's: «Derechos del Niño»). A plural cue and one
 * capitalised word («los niños Wayuu») is a people, not a name, unless
 * «como» introduces it or other names follow it in a list.
 * Not caught, said plainly: a name with no cue near it («Lucía Mamani habló
 * en el foro»), a list after a colon («tres adolescentes: Lucía…», where
 * titles put capitals too), a bare age after a name with «de» («Juan Carlos
 * de la Cruz (14)»; with «años» it is caught). False alarms, said as
 * plainly: a verb that ends otherwise between cue and name («la niña visita
 * Buenos Aires»), a body's name before a bare number in brackets («Plan
 * International (2)»), a young adult («el joven líder Juan Pérez»).
 */

/** Words that link a cue to what is not the child: «niños de», «niñas en», «adolescentes y». */
const FUNCTION_WORDS = 'a|al|ante|bajo|cada|con|contra|cuando|de|del|desde|donde|durante|e|el|en|entre|es|esta|este|fue|ha|han|hasta|la|las|le|les|lo|los|mediante|más|ni|no|o|para|pero|por|que|se|según|sin|sobre|son|su|sus|también|tras|u|un|una|unas|unos|y|ya';
const CAPITALISED = FUNCTION_WORDS.split('|').map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|');

const NAME = String.raw`\p{Lu}[\p{Ll}'’]+`;
/** A person's name never starts with an article or a preposition: «El Alto», «La Paz», «Los Andes» are places, «En Quito» a sentence's start. */
const FIRST = String.raw`(?!(?:${CAPITALISED})\s)${NAME}`;
const FULL_NAME = String.raw`${FIRST}(?:\s+(?:de\s+(?:la\s+|los\s+)?)?${NAME})+`;
const ONE_NAME = String.raw`${FIRST}(?![\p{L}'’])`;
const A_NAME = `(${FULL_NAME}|${ONE_NAME})`;
/** «En Ecuador, una adolescente…», «en la Ciudad de México, una niña…»: after these, a capitalised word is a place or a body, not a person. */
const NOT_AFTER_PLACE_WORD = String.raw`(?<!(?:^|[^\p{L}])(?:[Ee]n|[Dd]esde|[Hh]acia|[Dd]el?|[Aa]l|[Ee]l|[Ll]as?|[Ll]os)\s+)`;
/** The whole capitalised run, not its tail: «Aires» in «Buenos Aires» is no name of its own. */
const WHOLE = String.raw`(?<!\p{Lu}[\p{L}'’]*\s+)`;

const CHILD_WORD = String.raw`(?:[Nn]iñ[oa]s?|[Cc]hic[oa]s?|[Aa]dolescentes?|[Jj]oven|[Jj]óvenes|[Mm]enor(?:es)?|[Ee]studiantes?|[Aa]lumn[oa]s?|[Hh]ij[oa]s?|[Bb]ebés?|[Nn]iet[oa]s?)`;
const PLURAL = /^(?:niñ[oa]s|chic[oa]s|adolescentes|jóvenes|menores|estudiantes|alumn[oa]s|hij[oa]s|bebés|niet[oa]s)$/iu;
/** After a name, only words that cannot describe an adult: not «joven», «hija», «estudiante». */
const CHILD_APPOSITION = String.raw`(?:una?\s+|el\s+|la\s+)?(?:niñ[oa]|adolescente|bebé|menor(?=\s+de\s+(?:edad|\d)))(?![\p{L}])`;

/** A word between the cue and the name that describes the child (an adjective, «como»), not a function word or a verb. */
const GAP_WORD = String.raw`(?!(?:${FUNCTION_WORDS})\s)\p{Ll}+(?<![nó])`;
const GAP = String.raw`(?:\s+(?:de\s+\d{1,2}\s+años,?|${GAP_WORD})){0,2}`;
const INTRODUCES = /\s(?:como|llamad[oa]s?)$/u;

const AFTER_CHILD_WORD = new RegExp(String.raw`(?<![\p{L}])(${CHILD_WORD})(${GAP})\s+${A_NAME}`, 'gu');
/** More names of the same list: «…Lucía Mamani y Pedro Choque», «las niñas Ana, Luisa y Carmen». */
const NEXT_IN_LIST = new RegExp(String.raw`^(?:\s*,\s*|\s+[ye]\s+)${A_NAME}`, 'u');
const CHILD_AFTER = new RegExp(String.raw`${NOT_AFTER_PLACE_WORD}${WHOLE}${A_NAME},\s+${CHILD_APPOSITION}`, 'gu');
/**
 * An age under 18 after a full name: «, 14 años», «(14 años)», «, de 14 años», or a bare «(14)» after
 * a name without «de» («Objetivo de Desarrollo Sostenible (16)» is a goal). After a single word, only
 * where it reads as an age: «Mateo, 14 años,» or «Mateo (14 años)», not «Colombia, 12 años de conflicto»
 * nor «el Comité (14)», a note's number («Habló Mateo (14)» is a sentence's first word and a name).
 */
const FULL_BEFORE_AGE = new RegExp(String.raw`(${FULL_NAME})(?:\s*[,(]\s*(?:de\s+)?(\d{1,2})\s+años|\s*\(\s*(\d{1,2})\s*\))`, 'gu');
const ONE_BEFORE_AGE = new RegExp(String.raw`${NOT_AFTER_PLACE_WORD}${WHOLE}(${ONE_NAME})\s*(?:,\s*(?:de\s+)?(\d{1,2})\s+años(?=\s*[,.;:)]|\s*$|\s+de\s+edad)|\(\s*(?:de\s+)?(\d{1,2})\s+años\s*\))`, 'gu');
const A_CHILD_WORD = new RegExp(CHILD_WORD, 'u');
const AN_AGE = /\d(?:\s*\)|\s+años)/u;

export interface NamedInText {
  offset: number;
  name: string;
  /** Two or more words: a surname with the given name. */
  full: boolean;
}

/**
 * Names of children in `text`, by offset: full names, and given names not
 * among `declared` (the `children:` of the document, as «Ana» or «Ana P.»).
 */
export function childNames(text: string, declared: readonly string[]): NamedInText[] {
  const found: { offset: number; name: string }[] = [];
  const given = new Set(declared.map((name) => name.split(/\s+/)[0]!));
  // The patterns try a name at every capital letter; most lines have no cue, and a plain search says so first.
  if (A_CHILD_WORD.test(text)) {
    for (const match of text.matchAll(AFTER_CHILD_WORD)) {
      const [all, word = '', gap = '', name = ''] = match;
      const list = [{ offset: match.index + all.length - name.length, name }];
      for (let end = match.index + all.length, next = NEXT_IN_LIST.exec(text.slice(end)); next; next = NEXT_IN_LIST.exec(text.slice(end))) {
        const offset = end + next[0].length - next[1]!.length;
        list.push({ offset, name: next[1]! });
        end = offset + next[1]!.length;
      }
      // «los niños Wayuu» is a people; «adolescentes como Lucía», «las niñas Ana, Luisa y Carmen» are children by name.
      if (PLURAL.test(word) && !name.includes(' ') && !INTRODUCES.test(gap) && list.length === 1) continue;
      // A capitalised cue inside a sentence is a title's: «Derechos del Niño», «Red de Adolescentes».
      if (/^\p{Lu}/u.test(word) && !/(?:^|[.!?:;]\s*)$/.test(text.slice(0, match.index))) continue;
      found.push(...list);
    }
    for (const match of text.matchAll(CHILD_AFTER)) found.push(atSentenceStart(text, match.index, match[1]!));
  }
  if (AN_AGE.test(text)) {
    for (const match of text.matchAll(FULL_BEFORE_AGE)) {
      const [, name = '', age, bare] = match;
      if (Number(age ?? bare) < 18 && !(bare && /\sde\s/.test(name))) found.push(atSentenceStart(text, match.index, name));
    }
    for (const match of text.matchAll(ONE_BEFORE_AGE)) if (Number(match[2] ?? match[3]) < 18) found.push({ offset: match.index, name: match[1]! });
  }
  for (const first of given) {
    const pattern = new RegExp(String.raw`(?<![\p{L}])${first}\s+(?:de\s+(?:la\s+|los\s+)?)?${NAME}`, 'gu');
    for (const match of text.matchAll(pattern)) found.push({ offset: match.index, name: match[0] });
  }
  // One report per name, the longest reading, even when two patterns see it: «Mateo Quispe (14)» is not also «Quispe».
  const longest = found.sort((a, b) => b.name.length - a.name.length || a.offset - b.offset);
  const kept = longest.filter((hit, i) => !longest.slice(0, i).some((other) => hit.offset >= other.offset && hit.offset + hit.name.length <= other.offset + other.name.length));
  return kept
    .map((hit) => ({ ...hit, full: /\s/.test(hit.name) }))
    .filter((hit) => hit.full || !given.has(hit.name))
    .sort((a, b) => a.offset - b.offset);
}

/** Full names of children in `text`, by offset (childNames without the given names). */
export function childFullNames(text: string, declared: readonly string[]): { offset: number; name: string }[] {
  return childNames(text, declared).filter((hit) => hit.full).map(({ offset, name }) => ({ offset, name }));
}

/**
 * A sentence's first word is capitalised too: «Habló Mateo Quispe, 14
 * años» is a verb and a name. The first word is left out when it reads as
 * a verb, which in a report is most often a past one («Habló», «Participó»,
 * «Asistieron», «Dijo»); «María Fernanda Gómez, 14 años» stays whole.
 */
const VERB = /^(?:\p{L}+(?:ó|ron|ban)|Dijo|Hizo|Expuso|Intervino|Propuso|Estuvo|Tuvo|Fue|Vino|Habla|Dice|Cuenta|Relata|Explica|Participa|Asiste)$/u;

function atSentenceStart(text: string, offset: number, name: string): { offset: number; name: string } {
  const first = name.split(/\s+/)[0]!;
  if (!/(?:^|[.!?:;]\s*)$/.test(text.slice(0, offset)) || !VERB.test(first) || first === name) return { offset, name };
  return { offset: offset + first.length + 1, name: name.slice(first.length).trim() };
}
