/** Member, applicant and partner organisations of the network. */
import { z } from 'astro/zod';
import { country, partialDate, uncertainty, webUrl } from './shared.ts';

export const ORGANIZATION_KINDS = [
  'civil-society', 'network', 'un-agency', 'inter-governmental', 'faith-based', 'academic', 'government', 'other',
] as const;

export const MEMBERSHIPS = ['member', 'observer', 'applicant', 'strategic-partner', 'ally', 'external'] as const;

export const organizationSchema = z.strictObject({
  /** Full name, as the organisation writes it. */
  name: z.string().min(1),
  /** Acronym or short name readers know it by (UNICEF, IIN-OEA). */
  acronym: z.string().optional(),
  /** Other names the sources use for it (e.g. "AISOS", "Childfund"), so search finds them. */
  aliases: z.array(z.string()).default([]),
  /** What kind of organisation it is. */
  kind: z.enum(ORGANIZATION_KINDS),
  /**
   * Its relation to the network: member, observer, applicant (asked to join),
   * strategic-partner, ally (works with the network, e.g. in a working group,
   * without being recorded as a member) or external (named in the record only).
   */
  membership: z.enum(MEMBERSHIPS),
  /** Official website. */
  website: webUrl.optional(),
  /** Countries where it is based or works; empty for regional or global bodies. */
  countries: z.array(country).default([]),
  /** Where it works: national, regional (Latin America and the Caribbean) or global. */
  scope: z.enum(['national', 'regional', 'global']).optional(),
  /** When it asked to join, at the precision known. */
  requested: partialDate.optional(),
  /** True when `requested` is inferred, not stated by a source. */
  requested_approximate: z.boolean().default(false),
  /** When it joined, at the precision known. */
  joined: partialDate.optional(),
  /** One or two sentences on what it does. */
  summary: z.string().min(1),
  uncertainty,
});

export type Organization = z.output<typeof organizationSchema>;
