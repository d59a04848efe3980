import * as z from 'zod';
import type { Council as DomainCouncil } from '../domain';
import { LaCode, Timestamp } from './common';
import type { Proof, SameType } from './same-type';

export const CouncilInput = z
  .strictObject({
    laCode: LaCode,
    name: z.string().trim().min(1, 'enter the council name').max(120),
    region: z.string().trim().min(1).max(60).optional(),
    statisticalNeighbours: z.array(LaCode).max(20).optional(),
  })
  .meta({ id: 'CouncilInput' });

export const Council = CouncilInput.extend({
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'Council' });

export type CouncilInput = z.infer<typeof CouncilInput>;
export type Council = DomainCouncil;

// The domain owns this type; the schema must parse exactly it.
type _Check = Proof<SameType<z.infer<typeof Council>, DomainCouncil>>;
