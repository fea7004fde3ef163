/**
 * The pieces of the content check on their own: the HTML allowlist against
 * the usual ways of smuggling code past a filter, addresses as browsers read
 * them, MDX expressions, image metadata, children's names. Each with what
 * must pass too, so the rules do not get in an honest editor's way.
 */
import { describe, expect, it } from 'vitest';
import { judgeTag, scanTags } from '../src/checks/html-tags.ts';
import { readImage } from '../src/checks/image-bytes.ts';
import { invisibleCharacter, invisibleIn } from '../src/checks/invisible.ts';
import { childFullNames, childNames } from '../src/checks/child-names.ts';
import { controlCharacters } from '../src/checks/rules/control-characters.ts';
import { placeholders } from '../src/checks/rules/placeholders.ts';
import type { Document } from '../src/checks/rules/rule.ts';
import { tableAlignment } from '../src/checks/rules/table-alignment.ts';
import { readSource } from '../src/checks/source-file.ts';
import { judgeExpression } from '../src/checks/rules/mdx.ts';
import { unsafeUrl } from '../src/checks/urls.ts';
import { jpeg, png } from './fixtures/images.ts';

const findings = (html: string) => scanTags(html).flatMap((tag) => judgeTag(tag)).map((f) => f.message);

describe('raw HTML', () => {
  it('lets text-level tags through', () => {
    for (const html of ['<sup>1</sup>', '<abbr title="Objetivos de Desarrollo Sostenible">ODS</abbr>', '<details><summary>Más</summary>texto</details>', '<br>', '<kbd>Ctrl</kbd>', '<a href="https://ejemplo.org/" title="x">x</a>', '<a href="../../grupos/ods/">ODS</a>', '<td colspan="2">x</td>']) {
      expect(findings(html), html).toEqual([]);
    }
  });

  it('refuses code however it is spelt', () => {
    for (const html of [
      '<SCRIPT>alert(1)</SCRIPT>',
      '<script/src="//x.example/a.js"></script>',
      '<svg onload=alert(1)>',
      '<span/onclick="x()">a</span>',
      '<span\nonclick="x()">a</span>',
      '<a href=" javascript:alert(1)">x</a>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a href="java&#x0A;script:alert(1)">x</a>',
      '<a href="jav&Tab;ascript:alert(1)">x</a>',
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
      '<base href="https://x.example/">',
      '<meta http-equiv="refresh" content="0;url=https://x.example/">',
      '<link rel="stylesheet" href="https://x.example/a.css">',
      '<span data-pagefind-meta="image:/imagenes/nino.jpg">x</span>',
      '<p id="search-results">x</p>',
    ]) {
      expect(findings(html).length, html).toBeGreaterThan(0);
    }
  });
});

describe('addresses', () => {
  it('allows the web, e-mail, phones and the site itself', () => {
    for (const url of ['https://ejemplo.org/', 'http://ejemplo.org', 'mailto:secretaria@ejemplo.org', 'tel:+50760000000', '/grupos/ods/', '../ods/', '#retos', 'anexo.pdf']) {
      expect(unsafeUrl(url), url).toBeUndefined();
    }
  });

  it('refuses addresses that run code or carry a page', () => {
    expect(unsafeUrl('JavaScript:alert(1)')?.message).toContain('«javascript:»');
    expect(unsafeUrl('\tjava\nscript:alert(1)')?.message).toContain('«javascript:»');
    expect(unsafeUrl('vbscript:msgbox(1)')?.message).toContain('«vbscript:»');
    expect(unsafeUrl('data:image/svg+xml;base64,PHN2Zz4=')?.message).toContain('«data:»');
    expect(unsafeUrl('file:///etc/passwd')?.message).toContain('«file:»');
  });
});

describe('MDX expressions', () => {
  it('allow plain data and comments', () => {
    for (const code of ['[1, 2, 3]', '"texto"', "{ titulo: 'Foro', año: 2019, activo: true, nada: null }", '/* nota */', ' -1.5 ']) {
      expect(judgeExpression(code), code).toBeUndefined();
    }
  });

  it('refuse names, calls, property access and operators', () => {
    for (const code of ['process.env.TOKEN', 'import.meta.env.SECRET', "require('node:fs')", "import('node:fs')", "fetch('https://x.example')", "[]['con' + 'structor']", 'globalThis', 'Astro.props', 'a.b', 'x => x', '`${1}`']) {
      expect(judgeExpression(code), code).toBeDefined();
    }
  });
});

describe('image metadata', () => {
  it('reads the size and finds a GPS position in EXIF or XMP', () => {
    expect(readImage(jpeg(640, 480))).toEqual({ format: 'jpeg', width: 640, height: 480, gps: false });
    expect(readImage(jpeg(640, 480, { exif: true }))?.gps).toBe(false);
    expect(readImage(jpeg(640, 480, { gps: true }))?.gps).toBe(true);
    expect(readImage(jpeg(640, 480, { xmpGps: true }))?.gps).toBe(true);
    expect(readImage(png(64, 48))).toEqual({ format: 'png', width: 64, height: 48, gps: false });
    expect(readImage(png(64, 48, { gps: true }))?.gps).toBe(true);
    expect(readImage(new TextEncoder().encode('<svg/>'))).toBeUndefined();
  });
});

describe("children's full names", () => {
  const names = (text: string, declared: string[] = []) => childFullNames(text, declared).map((f) => f.name);

  it('finds the usual ways a full name slips in', () => {
    expect(names('Habló la niña Camila Rojas en el foro.')).toEqual(['Camila Rojas']);
    expect(names('El adolescente Juan Carlos de la Cruz leyó la carta.')).toEqual(['Juan Carlos de la Cruz']);
    expect(names('Participó Mateo Quispe (15 años).')).toEqual(['Mateo Quispe']);
    expect(names('Ana Pérez presentó la propuesta.', ['Ana'])).toEqual(['Ana Pérez']);
  });

  it('finds a full name with words between the cue and it, after «como», in a list, before a child word or a bare age', () => {
    expect(names('La adolescente venezolana Valentina Pérez García, que vive en el albergue de Tulcán, habló.')).toEqual(['Valentina Pérez García']);
    expect(names('Participaron adolescentes como Lucía Mamani y Pedro Choque, de El Alto.')).toEqual(['Lucía Mamani', 'Pedro Choque']);
    expect(names('Lucía Mamani, adolescente de El Alto, leyó la carta.')).toEqual(['Lucía Mamani']);
    expect(names('Habló Mateo Quispe (14), de Otavalo.')).toEqual(['Mateo Quispe']);
    expect(names('María Fernanda Gómez, 14 años de edad, habló.')).toEqual(['María Fernanda Gómez']);
  });

  it('finds a given name that reads as a child’s and is not declared', () => {
    const given = (text: string, declared: string[] = []) => childNames(text, declared).filter((f) => !f.full).map((f) => f.name);
    expect(given('Habló la niña Camila, de Quito.')).toEqual(['Camila']);
    expect(given('Habló la niña Camila, de Quito.', ['Camila'])).toEqual([]);
    expect(given('Camila, una niña de Quito, leyó la carta.')).toEqual(['Camila']);
    expect(given('Las niñas Ana, Luisa y Carmen leyeron la carta.', ['Ana P.'])).toEqual(['Luisa', 'Carmen']);
    expect(given('Habló Mateo (14), de Otavalo, y Rosa, 12 años, también.')).toEqual(['Mateo', 'Rosa']);
  });

  it('leaves alone adults, bodies, places and peoples near a word for children', () => {
    for (const text of [
      "La Representante Especial sobre la Violencia contra los Niños era, desde el 1 de julio de 2019, Najat Maalla M'jid.",
      'Marta Santos Pais, ex Representante Especial sobre la Violencia contra los Niños, habló.',
      'La ministra Ana Pérez, 45 años, habló con adolescentes.',
      'En Ecuador, una adolescente de 15 años contó su historia; en la Ciudad de México, una niña de 12.',
      'Desde Buenos Aires, una niña de 12 años escribió. Colombia, 12 años de conflicto.',
      'Las niñas y niños migrantes en Ciudad de México; los niños Wayuu; las niñas participaron.',
      'Niños y niñas de El Salvador, Guatemala y Honduras, con Plan International, niñas y niños de Honduras.',
      'adolescentes de Aldeas Infantiles SOS y Save the Children; los jóvenes líderes de la Red ANDI.',
      'El Comité de los Derechos del Niño (CRC); el Objetivo de Desarrollo Sostenible (16); según el Comité (14).',
      'Ley de Protección Integral de Niñas, Niños y Adolescentes (2016).',
    ]) {
      expect(childNames(text, []), text).toEqual([]);
    }
  });

  it('leaves alone what is not a child’s full name', () => {
    expect(names('Los niños, niñas y adolescentes de América Latina y el Caribe.')).toEqual([]);
    expect(names('La Red Regional de Niñas, Niños, Adolescentes y Jóvenes participó.')).toEqual([]);
    expect(names('Ana presentó la propuesta; Ana P. la leyó.', ['Ana'])).toEqual([]);
    expect(names('María Fernanda Gómez, 34 años, coordinadora del grupo.')).toEqual([]);
  });
});

describe('aligned tables', () => {
  const lines = (body: string) => {
    const source = readSource('content/positions/x.md', new TextEncoder().encode(`---\ntitle: x\n---\n${body}`));
    return tableAlignment({ source } as Document, {} as never).map((p) => p.line);
  };

  it('finds a delimiter row with a colon, with or without outer pipes', () => {
    expect(lines('| A | B |\n|:--|--:|\n| 1 | 2 |\n')).toEqual([5]);
    expect(lines('A | B\n:-: | ---\n1 | 2\n')).toEqual([5]);
  });

  it('leaves plain tables, rules and code alone', () => {
    expect(lines('| A | B |\n| --- | --- |\n| 1 | 2 |\n')).toEqual([]);
    expect(lines('Texto\n\n---\n\nMás: - x\n')).toEqual([]);
    expect(lines('```\n| A |\n|:--|\n```\n')).toEqual([]);
  });
});

describe('invisible characters', () => {
  const columns = (body: string) => {
    const source = readSource('content/positions/x.md', new TextEncoder().encode(`---\ntitle: x\n---\n${body}`));
    return controlCharacters({ source } as Document, {} as never).map((p) => `${p.line}:${p.column}`);
  };

  it('finds the zero-width ones, the soft hyphen, a stray BOM and the direction marks', () => {
    for (const char of ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u200E', '\u200F']) expect(columns(`ni${char}ños\n`), char).toEqual(['4:3']);
  });

  it('leaves alone a BOM that starts the file, non-breaking spaces in a sentence and the joiner inside an emoji', () => {
    const source = readSource('content/positions/x.md', new TextEncoder().encode('\uFEFF---\ntitle: x\n---\nTexto.\n'));
    expect(controlCharacters({ source } as Document, {} as never)).toEqual([]);
    expect(columns('Carpeta n.º\u00A012, 20\u202F%.\n')).toEqual([]);
    expect(columns('La familia \u{1F468}\u200D\u{1F469}\u200D\u{1F467} y la bandera \u{1F3F3}\uFE0F\u200D\u{1F308}.\n')).toEqual([]);
  });

  it('are named, with where they stand in a value', () => {
    expect(invisibleIn('unicef\u00A0')).toMatchObject({ name: 'espacio de no separación', code: 'U+00A0', where: 'después', visible: 'unicef' });
    expect(invisibleIn('\u200Bunicef')).toMatchObject({ where: 'antes', visible: 'unicef' });
    expect(invisibleIn('uni\u00ADcef')).toMatchObject({ name: 'guion invisible', where: 'dentro', visible: 'unicef' });
    expect(invisibleIn('unicef')).toBeUndefined();
  });

  it('are named with the article their Spanish name takes', () => {
    expect(invisibleCharacter(invisibleIn('uni\u200Bcef')!)).toBe('un carácter invisible (un espacio de ancho cero, U+200B)');
    expect(invisibleCharacter(invisibleIn('uni\u200Dcef')!)).toBe('un carácter invisible (una unión de ancho cero, U+200D)');
    expect(invisibleCharacter(invisibleIn('uni\uFEFFcef')!)).toBe('un carácter invisible (una marca BOM invisible, U+FEFF)');
  });
});

describe("npm run new's guides", () => {
  const found = (text: string) => {
    const source = readSource('content/events/x.md', new TextEncoder().encode(text));
    return placeholders({ source } as Document, {} as never).map((p) => `${p.line}:${p.column} ${p.field}`);
  };

  it('are found where they were left, in a field or in the text', () => {
    expect(found('---\ntitle: x\nactivities:\n  - text: "Escriba aquí lo que hizo la red."\n---\n\nIntro.\n\nEscriba aquí el informe.\n')).toEqual(['4:11 activities.0.text', '9:1 (texto)']);
  });

  it('leave alone a document that only talks about writing', () => {
    expect(found('---\ntitle: Escriba a la red\nsummary: Aquí se escribe.\n---\n\nEscriba al grupo aquí.\n')).toEqual([]);
  });
});

