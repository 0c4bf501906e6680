import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';

const { taxonomy, matcher } = bundled();
const ids = (text: string) => [...new Set(findSkills(matcher, text).map((h) => h.skillId))].sort();

/**
 * A skill named after one product is that product: a rival is a skill of its own, so a posting that
 * asks for one never shows the other as lacking, and a resume that names one never meets the other.
 * (These pairs were once folded together: Koa under Fastify, Prettier under ESLint, Unreal under Unity …)
 */
describe('products are skills of their own, not aliases of a rival', () => {
  const pairs: Array<[string, string, string]> = [
    ['Node.js services on Koa.js or Fastify.', 'koa', 'fastify'],
    ['We lint with ESLint and format with Prettier.', 'eslint', 'prettier'],
    ['Gameplay in Unreal Engine; some tools in Unity and C#.', 'unreal-engine', 'game-engines'],
    ['Bundled with Rollup, previously with Webpack.', 'rollup', 'webpack'],
    ['Java services on Quarkus or Micronaut.', 'micronaut', 'quarkus'],
    ['Our ERP is NetSuite; finance also uses SAP.', 'netsuite', 'sap'],
    ['Rust services on Axum and Actix, JSON through Serde.', 'actix-web', 'axum'],
    ['Background jobs in Sidekiq for the Rails and Sinatra apps.', 'sidekiq', 'sinatra'],
    ['Charts in Plotly and Matplotlib from Python notebooks.', 'plotly', 'matplotlib'],
    ['Deployed as WARs on Tomcat, with Netty for the socket server.', 'tomcat', 'netty'],
    ['Build the C++ code with CMake and Make.', 'cmake', 'makefile'],
    ['Gradient boosting with LightGBM or XGBoost.', 'lightgbm', 'xgboost'],
    ['Private connectivity over AWS PrivateLink and Azure Private Link.', 'azure-private-link', 'aws-privatelink'],
    ['Data fetching with SWR; server state in TanStack Query.', 'swr', 'tanstack-query'],
  ];
  it.each(pairs)('%s', (text, a, b) => {
    const found = ids(text);
    expect(found).toContain(a);
    expect(found).toContain(b);
    expect(taxonomy.byId.get(a)!.name).not.toBe(taxonomy.byId.get(b)!.name);
  });

  it('shows each product under its own name', () => {
    const hit = findSkills(matcher, 'Experience with Hono on Cloudflare Workers.').find((h) => h.text === 'Hono');
    expect(hit?.skillId).toBe('hono');
    expect(taxonomy.byId.get('prettier')?.name).toBe('Prettier');
    expect(taxonomy.byId.get('eslint')?.aliases.map((a) => a.toLowerCase())).not.toContain('prettier');
    // A product keeps what it implies, and only that: Azure Private Link is Azure's, not AWS's.
    expect(taxonomy.byId.get('azure-private-link')?.implies).toEqual(['azure', 'vpc']);
    expect(taxonomy.byId.get('koa')?.implies).toEqual(['nodejs']);
  });
});
