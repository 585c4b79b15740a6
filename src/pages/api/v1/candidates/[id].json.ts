import type { APIRoute, GetStaticPaths } from 'astro';
import type { CandidateDecision } from '../../../../core/promotion/index.ts';
import { candidateDocument } from '../../../../core/publish/promotion-api.ts';
import { json } from '../../../../site/api.ts';
import { siteRoot } from '../../../../site/paths.ts';
import { getPortal } from '../../../../site/portal.ts';

export const getStaticPaths = (async () =>
  (await getPortal()).promotion.candidates.map((candidate) => ({ params: { id: candidate.candidate }, props: { candidate } }))) satisfies GetStaticPaths;

/** Every level's decision for one candidate, with evidence. */
export const GET: APIRoute<{ candidate: CandidateDecision }> = async ({ props }) =>
  json(candidateDocument(await getPortal(), props.candidate, siteRoot()));
