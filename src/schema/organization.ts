/**
 * The partner and its sites: declared once, read from exchange files (finished records) and from backups
 * (stored rows, which add their keys and keep what was typed).
 */
import * as v from 'valibot';
import type { Organization, Site } from '../core/organization';
import { TOL_PATTERN } from '../core/sector';
import { CommitmentSchema } from './commitment';
import { filled, id, patterned, text, time, year } from './fields';
import { CustomFactorSchema } from './inventory';
import type { Assert, Same } from './same';

export { TOL_PATTERN };

const siteFields = {
  id: id(),
  name: filled(300),
  address: v.optional(text(300)),
  municipality: v.optional(text(100)),
};

export const SiteSchema = v.object(siteFields);

/** A site as stored: its partner and its position in the list. */
export const SiteRowSchema = v.object({ ...siteFields, orgId: id(), order: v.number() });

const organizationFields = {
  name: filled(300),
  /** Finnish business ID (Y-tunnus); the exchange reader checks its check digit (`business-id`). */
  businessId: v.optional(text(20)),
  sector: v.optional(patterned(100, TOL_PATTERN)),
  municipality: v.optional(text(100)),
  /** The year later years are compared against. */
  baseYear: v.optional(year()),
  /** Its climate commitment, targets and actions (issue 12). */
  commitment: v.optional(CommitmentSchema),
};

export const OrganizationSchema = v.object({
  ...organizationFields,
  sites: v.optional(v.array(SiteSchema), () => []),
});

/**
 * A partner as stored: its id, whether it is the demo partner, its own emission factors (schema version 3:
 * they belong to the partner, reusable in any year; absent when it has none), and when it was made and last
 * changed.
 */
export const OrganizationRowSchema = v.object({
  id: id(),
  ...organizationFields,
  demo: v.optional(v.boolean()),
  customFactors: v.optional(v.array(CustomFactorSchema)),
  createdAt: time(),
  updatedAt: time(),
});

export type SiteRowFields = v.InferOutput<typeof SiteRowSchema>;
export type OrganizationRowFields = v.InferOutput<typeof OrganizationRowSchema>;

export type SiteIsCore = Assert<Same<v.InferOutput<typeof SiteSchema>, Site>>;
export type OrganizationIsCore = Assert<Same<v.InferOutput<typeof OrganizationSchema>, Organization>>;
