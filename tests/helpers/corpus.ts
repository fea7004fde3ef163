/**
 * A small valid corpus, one document per collection, that tests copy and
 * break one file at a time. Written as an editor would write it.
 */
export const VALID: Record<string, string> = {
  'content/organizations/unicef.md': `---
name: Fondo de las Naciones Unidas para la Infancia
acronym: UNICEF
kind: un-agency
membership: member
summary: Agencia de la ONU para la infancia.
---
Agencia de las Naciones Unidas.
`,
  'content/organizations/lumos.md': `---
name: Lumos Foundation
acronym: Lumos
kind: civil-society
membership: ally
summary: Trabaja para acabar con la institucionalización de niñas y niños.
---
`,
  'content/groups/familia.md': `---
name: Grupo Derecho a vivir en Familia
status: active
members:
  - lumos
  - unicef
summary: Cuidado alternativo.
---
`,
  'content/meetings/reunion.md': `---
title: Informe a la reunión de técnicos
date: 2020-Q2
date_approximate: true
kind: technical
summary: Avances de la red.
action_items:
  - text: Preparar el posicionamiento
    owners: [unicef]
---
## Retos
`,
  'content/updates/familia-2020.md': `---
title: Avance del grupo Familia
group: familia
meeting: reunion
date: 2020-Q2
summary: Llamado a la acción elaborado.
next_steps:
  - text: Elaborar contenidos comunicacionales
---
`,
  'content/events/quito.md': `---
title: Foro Mundial sobre Migración y Desarrollo
start: 2020-01-20
end: 2020-01-24
place:
  city: Quito
  country: EC
organizer: FMMD
kind: summit
summary: Cumbre.
activities:
  - text: Foro de jóvenes
    children: true
groups: [familia]
participants: [unicef]
---
`,
  'content/positions/castigo.md': `---
title: Prohibir todas las formas de castigo físico y humillante
date: 2016-12
status: published
groups: [familia]
summary: Posicionamiento.
url: http://www.movimientoporlainfancia.org/posicionamiento/
---
`,
};
