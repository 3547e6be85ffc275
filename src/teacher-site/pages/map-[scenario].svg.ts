import type { APIRoute } from 'astro';
import { renderScenarioMap } from '../../scenario-engine/index.ts';
import { siteScenarios } from '../site-data.ts';

export function getStaticPaths() {
  return siteScenarios().map(({ scenario }) => ({ params: { scenario: scenario.id } }));
}

/** Each chat's map (the one the build draws for authors), beside its script. */
export const GET: APIRoute = ({ params }) => {
  const entry = siteScenarios().find(({ scenario }) => scenario.id === params.scenario)!;
  return new Response(renderScenarioMap(entry.scenario), { headers: { 'Content-Type': 'image/svg+xml' } });
};
