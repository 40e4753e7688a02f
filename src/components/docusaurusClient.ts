/**
 * The Docusaurus client APIs the reference components use, imported in one place. These modules
 * exist only inside a Docusaurus build (they are webpack aliases), so unit tests replace this file
 * with testDocusaurusClient.tsx: `vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'))`.
 */
export { default as Link } from '@docusaurus/Link';
export { default as useBrokenLinks } from '@docusaurus/useBrokenLinks';
