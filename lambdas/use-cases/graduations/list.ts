import * as graduations from '../../data/graduations';
import type { ListPage, ListRequest } from '../../data/list';
import type { Graduation } from '../../domain/graduation/model';
import type { Principal } from '../../shared/principal';
import { loadAgent } from '../agents/authorize';

/**
 * An agent's graduations, the primary course:
 * 1. load the agent the caller may read;
 * 2. one page of its graduations, newest first.
 */
export const listGraduations = async (principal: Principal, ref: string, request: ListRequest): Promise<ListPage<Graduation>> =>
  graduations.listGraduations((await loadAgent(principal, ref)).id, request);
